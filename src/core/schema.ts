/**
 * Prints shapes as JSON Schema 2020-12. Used at build time (scripts/build-schema.mjs
 * writes dist/schema.json) and by the test that runs every fixture through both the
 * checker and a real JSON Schema validator. Elements never import this module.
 */
import { DATE_TIME, DAY, PARTIAL_DATE, type Shape, URL_PATTERN } from './shape.js';

export type JsonSchema = Record<string, unknown>;

const NON_BLANK = '\\S';

/**
 * The schema of `root`, with every shape in `defs` written once under `$defs` and
 * referenced by `$ref` wherever it appears.
 */
export function toJsonSchema(defs: Record<string, Shape>, root: JsonSchema = {}): JsonSchema {
  const names = new Map<Shape, string>(Object.entries(defs).map(([name, shape]) => [shape, name]));
  const ref = (shape: Shape): JsonSchema => {
    const name = names.get(shape);
    return name ? { $ref: `#/$defs/${name}` } : emit(shape);
  };
  const emit = (shape: Shape): JsonSchema => {
    const out: JsonSchema = shape.d ? { description: shape.d } : {};
    switch (shape.k) {
      case 'str':
        return { ...out, type: 'string', pattern: shape.re ?? NON_BLANK };
      case 'date':
        return {
          ...out,
          type: 'string',
          anyOf: [{ pattern: PARTIAL_DATE }, { pattern: DAY, format: 'date' }, { pattern: DATE_TIME, format: 'date-time' }],
        };
      case 'url':
        return { ...out, type: 'string', pattern: URL_PATTERN };
      case 'num':
        return { ...out, type: 'number', minimum: shape.min, maximum: shape.max };
      case 'bool':
        return { ...out, type: 'boolean' };
      case 'enum':
        return { ...out, enum: [...shape.of] };
      case 'arr':
        return { ...out, type: 'array', items: ref(shape.of), minItems: shape.min, maxItems: shape.max };
      case 'obj': {
        const object: JsonSchema = {
          type: 'object',
          required: Object.keys(shape.req),
          properties: Object.fromEntries(
            [...Object.entries(shape.req), ...Object.entries(shape.opt)].map(([key, field]) => [key, ref(field)]),
          ),
          dependentRequired: shape.both
            ? Object.fromEntries(shape.both.flatMap((keys) => keys.map((key) => [key, keys.filter((k) => k !== key)])))
            : undefined,
          oneOf: shape.one?.map((group) => ({ required: [...group] })),
          anyOf: shape.some?.map((key) => ({ required: [key] })),
          $comment: shape.rules?.length ? `Also checked by Claimkit: ${shape.rules.map((r) => r.doc).join(' ')}` : undefined,
        };
        return shape.short ? { ...out, anyOf: [{ type: 'string', pattern: NON_BLANK }, object] } : { ...out, ...object };
      }
    }
  };
  return JSON.parse(
    JSON.stringify({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      ...root,
      $defs: Object.fromEntries(Object.entries(defs).map(([name, shape]) => [name, emit(shape)])),
    }),
  );
}
