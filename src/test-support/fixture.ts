/** Named payloads shared by an element's tests and its stories. */
export interface Fixture {
  /** Story and test name, e.g. `seed`. */
  name: string;
  /** What the fixture shows, for the story's description. */
  title: string;
  /** The element's data: as JSON would bring it (may be invalid on purpose). */
  data: unknown;
  lang?: string;
  theme?: 'light' | 'dark' | 'auto';
  /** Width of the box the element sits in, in px (container-query layouts). */
  width?: number;
}

/** Invalid data and the exact problem the element must report. */
export interface BadFixture extends Fixture {
  path: string;
  message: string;
}
