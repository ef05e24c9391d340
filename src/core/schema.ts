/**
 * Prints shapes as JSON Schema 2020-12. Used at build time (scripts/build-schema.mjs
 * writes dist/schema.json) and by the test that runs every fixture through both the
 * checker and a real JSON Schema validator. Elements never import this module.
 */
import { DATE_TIME, DAY, LIMITS, PARTIAL_DATE, type Shape, URL_PATTERN } from './shape.js';

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
    const description = shape.description ?? (shape.type === 'string' ? shape.expected : undefined);
    const out: JsonSchema = description ? { description } : {};
    switch (shape.type) {
      case 'string':
        return { ...out, type: 'string', pattern: shape.pattern ?? NON_BLANK, maxLength: LIMITS.characters };
      case 'date':
        return {
          ...out,
          type: 'string',
          anyOf: [{ pattern: PARTIAL_DATE }, { pattern: DAY, format: 'date' }, { pattern: DATE_TIME, format: 'date-time' }],
        };
      case 'url':
        return { ...out, type: 'string', pattern: URL_PATTERN, maxLength: LIMITS.characters };
      case 'number':
        return { ...out, type: 'number', minimum: shape.minimum, maximum: shape.maximum };
      case 'boolean':
        return { ...out, type: 'boolean' };
      case 'enum':
        return { ...out, enum: [...shape.values] };
      case 'array':
        return { ...out, type: 'array', items: ref(shape.items), minItems: shape.minItems, maxItems: shape.maxItems ?? LIMITS.items };
      case 'object': {
        const object: JsonSchema = {
          type: 'object',
          required: Object.keys(shape.required),
          properties: Object.fromEntries(
            [...Object.entries(shape.required), ...Object.entries(shape.optional)].map(([key, field]) => [key, ref(field)]),
          ),
          dependentRequired: shape.requiredTogether
            ? Object.fromEntries(shape.requiredTogether.flatMap((keys) => keys.map((key) => [key, keys.filter((k) => k !== key)])))
            : undefined,
          oneOf: shape.oneOf?.map((group) => ({ required: [...group] })),
          anyOf: shape.anyOf?.map((key) => ({ required: [key] })),
          $comment: shape.rules?.length ? `Also checked by Claimkit: ${shape.rules.map((r) => r.description).join(' ')}` : undefined,
        };
        return shape.shorthand
          ? { ...out, anyOf: [{ type: 'string', pattern: NON_BLANK, maxLength: LIMITS.characters }, object] }
          : { ...out, ...object };
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
