import { array, date, type Infer, object, text, url } from '../../core/shape.js';
import { updates } from '../../core/shapes.js';
import { SECTIONS, type Section } from './article-facts.sections.js';

export const article = object(
  {},
  { headline: text(), url: url(), published: date(), publisher: text(), byline: text() },
  { description: 'The article the facts belong to.' },
);

/** Each section's shape: its element's data, or a list of them. */
type SectionShapes = {
  [S in Section as S['key']]: S['many'] extends true ? { type: 'array'; items: S['element']['shape'] } : S['element']['shape'];
};

const sections = Object.fromEntries(
  SECTIONS.map(({ key, element, many }) => [key, many ? array(element.shape) : element.shape]),
) as unknown as SectionShapes;

/** `<article-facts>` data: a whole story's facts — the article and any of the element sections. */
export const articleFactsShape = object(
  {},
  { article, ...sections, updates },
  {
    description: "A news story's structured facts: the document a CMS publishes once per story.",
    anyOf: ['article', ...SECTIONS.map(({ key }) => key)],
  },
);

export type ArticleData = Infer<typeof article>;
export type ArticleFactsData = Infer<typeof articleFactsShape>;
