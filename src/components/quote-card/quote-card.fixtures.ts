import type { BadFixture, Fixture } from '../../test-support/fixture.js';
import { inEveryLanguage, seedStory } from '../../test-support/seed.js';

const seed = seedStory.quotes[0];

/** Zelenskyy's video from outside the presidential office, 25 February 2022, with an English translation. */
const zelenskyy = {
  text: 'Ми всі тут. Наші військові тут. Громадяни в суспільстві тут. Ми всі тут, захищаємо нашу незалежність, нашу державу, і так буде надалі.',
  translation:
    'We are all here. Our soldiers are here. The citizens of our country are here. We are all here defending our independence, our state, and it will remain so.',
  language: 'uk',
  speaker: { name: 'Volodymyr Zelenskyy', role: 'President of Ukraine', kind: 'person' },
  date: '2022-02-25',
  platform: 'Video address',
  url: 'https://example.org/2022/02/25/zelenskyy-video-address',
  context: 'Filmed on a phone outside the presidential office in Kyiv on the second night of the invasion.',
};

export const valid: Fixture[] = [
  {
    name: 'seed',
    title: "The seed story: Blinken's tweet as he departs for Europe, with the platform and date below the speaker.",
    data: seed,
  },
  {
    name: 'translated',
    title:
      'A quote said in Ukrainian, on an English page: the English translation shows first, marked as such, and the original is a button away.',
    data: zelenskyy,
  },
  {
    name: 'translatedUpdated',
    title: 'A speaker linked to their official page, a source link with no platform name (it reads “Source”), and an updates log.',
    data: {
      ...zelenskyy,
      platform: undefined,
      speaker: { ...zelenskyy.speaker, url: 'https://www.president.gov.ua/en' },
      updates: [
        { date: '2022-02-26', text: 'Corrected the translation of the last sentence.' },
        { date: '2022-02-27', text: 'Added a link to the official transcript.' },
      ],
    },
  },
  {
    name: 'minimal',
    title: 'The least a quote needs: the words, and the speaker as a plain string.',
    data: { text: 'We will not give up.', speaker: 'A resident of Kharkiv' },
  },
  {
    name: 'longText',
    title: 'A long quote, a long role and a 70-letter word wrap inside the box.',
    data: {
      ...seed,
      text: `${`${seed.text} `.repeat(3)}Supercalifragilisticexpialidociousandthensomeunbreakablestringwithoutspaces.`,
      speaker: { ...seed.speaker, role: 'Secretary of State of the United States of America, the 71st person to hold the office' },
      context:
        'Posted from Joint Base Andrews before boarding the plane for Brussels, the first of six stops on a trip planned in a hurry.',
    },
  },
  ...inEveryLanguage('The seed story’s quote, said in English and given with a translation', (story) => story.quotes[0]),
  {
    name: 'dark',
    title: 'The translated quote with theme="dark": every colour pair, the pressed toggle included, passes WCAG AA contrast.',
    data: zelenskyy,
    theme: 'dark',
  },
  { name: 'narrow', title: 'The translated quote in a 320 px sidebar.', data: zelenskyy, width: 320 },
];

export const invalid: BadFixture[] = [
  {
    name: 'missingText',
    title: 'No text',
    data: { ...seed, text: undefined },
    path: '/text',
    message: 'expected a non-empty string (required), got nothing',
  },
  {
    name: 'missingSpeaker',
    title: 'No speaker',
    data: { ...seed, speaker: undefined },
    path: '/speaker',
    message: 'expected an object or a string (required), got nothing',
  },
  {
    name: 'javascriptUrl',
    title: 'A javascript: URL',
    data: { ...seed, url: 'javascript:alert(1)' },
    path: '/url',
    message: 'expected an http(s) or relative URL without spaces, got the string "javascript:alert(1)"',
  },
  {
    name: 'impossibleDate',
    title: 'The 30th of February',
    data: { ...seed, date: '2022-02-30' },
    path: '/date',
    message: 'expected a real calendar date, got the string "2022-02-30"',
  },
  {
    name: 'languageName',
    title: 'A language written as a name, not a BCP 47 tag',
    data: { ...zelenskyy, language: 'Ukrainian' },
    path: '/language',
    message: 'expected a BCP 47 language tag like "uk" or "pt-BR", got the string "Ukrainian"',
  },
];
