/**
 * The customer-visible wordings are templates: `{name}` is replaced by the value of `name`.
 * Only known placeholders may appear (the validator checks), so a typo shows on save rather
 * than as `{verison}` in a customer's comment.
 */

/** Every placeholder a wording may use. */
export const TEMPLATE_PLACEHOLDERS = [
  'devKey',
  'caseKey',
  'status',
  'version',
  'environment',
] as const;
export type TemplatePlaceholder = (typeof TEMPLATE_PLACEHOLDERS)[number];
export type TemplateValues = Partial<Record<TemplatePlaceholder, string>>;

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/** The template with each `{name}` replaced; a placeholder without a value becomes empty. */
export function renderTemplate(template: string, values: TemplateValues): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    (TEMPLATE_PLACEHOLDERS as readonly string[]).includes(name)
      ? (values[name as TemplatePlaceholder] ?? '')
      : whole,
  );
}

/** The `{name}`s in `template` that are not placeholders, for the validator. */
export function unknownPlaceholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)]
    .map((match) => match[1] ?? '')
    .filter((name) => !(TEMPLATE_PLACEHOLDERS as readonly string[]).includes(name));
}
