/**
 * The one filler of `{name}` placeholders in Dutch texts: message files,
 * mail templates, chart labels. Plain substitution rather than next-intl, so
 * the same call works in route handlers, server.ts, the CLI and the browser.
 *
 * A placeholder is `{` + letters, digits or `_` + `}`. It is replaced by the
 * value of that name when `values` has it as its own property (not one
 * inherited such as `constructor`) and the value is not undefined; every
 * other placeholder stays exactly as written, braces included, so a missing
 * value shows in the text instead of vanishing. Anything else between braces
 * (`{ }`, `{a-b}`, ICU's `{n, plural, …}`) is left alone. One pass: a
 * value that itself holds `{name}` is not filled again.
 */
export type TemplateValues = Readonly<Record<string, string | number | undefined>>;

export function fillTemplate(template: string, values: TemplateValues): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    return value === undefined ? whole : String(value);
  });
}
