// A tiny schema language for what is read back from storage: a `Check` returns nothing when
// a value has the expected shape, or a sentence saying where it does not.

export type Check = (value: unknown, path: string) => string | undefined;

const typeOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value);
const wrong = (path: string, expected: string, value: unknown) => `${path} is ${typeOf(value)}, not ${expected}`;

export const string: Check = (value, path) => (typeof value === 'string' ? undefined : wrong(path, 'text', value));

export const boolean: Check = (value, path) => (typeof value === 'boolean' ? undefined : wrong(path, 'true or false', value));

/** A finite number from `min` to `max`. */
export const number =
  (min = -Number.MAX_VALUE, max = Number.MAX_VALUE): Check =>
  (value, path) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return wrong(path, 'a number', value);
    return value < min || value > max ? `${path} is ${value}, out of range` : undefined;
  };

/** A whole number from `min` to `max`. */
export const integer =
  (min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER): Check =>
  (value, path) =>
    number(min, max)(value, path) ?? (Number.isInteger(value) ? undefined : `${path} is ${String(value)}, not a whole number`);

export const oneOf =
  (values: readonly unknown[]): Check =>
  (value, path) =>
    values.includes(value) ? undefined : `${path} is ${JSON.stringify(value)?.slice(0, 40) ?? typeOf(value)}, not one of the known values`;

export const listOf =
  (item: Check): Check =>
  (value, path) => {
    if (!Array.isArray(value)) return wrong(path, 'a list', value);
    for (let i = 0; i < value.length; i++) {
      const problem = item(value[i], `${path}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  };

/** An object with at least these fields (others are ignored). */
export const object =
  (fields: Record<string, Check>): Check =>
  (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return wrong(path, 'an object', value);
    for (const [name, check] of Object.entries(fields)) {
      const problem = check((value as Record<string, unknown>)[name], `${path}.${name}`);
      if (problem) return problem;
    }
    return undefined;
  };

export const optional =
  (check: Check): Check =>
  (value, path) =>
    value === undefined ? undefined : check(value, path);

export const nullable =
  (check: Check): Check =>
  (value, path) =>
    value === null ? undefined : check(value, path);

/** Any of the checks (the first one's complaint when none passes). */
export const either =
  (...checks: Check[]): Check =>
  (value, path) => {
    const problems = checks.map((check) => check(value, path));
    return problems.includes(undefined) ? undefined : problems[0];
  };
