// The node template language: `{ATTR}` values, `{A|B|'text'}` fallbacks, `{{` `}}` literal braces. Pure.

import { UsageError } from '../errors';

/** Text copied as is. */
export interface TemplateText {
  readonly kind: 'text';
  readonly text: string;
}

/** `{A|B|'text'}`: the first attribute with a non-empty value, else the literal, else empty. */
export interface TemplatePlaceholder {
  readonly kind: 'placeholder';
  readonly attributes: readonly string[];
  readonly fallback?: string;
}

export type TemplatePart = TemplateText | TemplatePlaceholder;

/** A parsed template: parse once, evaluate against many nodes. */
export interface Template {
  readonly source: string;
  readonly parts: readonly TemplatePart[];
}

/** What the parser needs to know besides the text. */
export interface TemplateContext {
  /** How errors name the template, e.g. `--nodename`. */
  readonly label: string;
  /** True for an attribute name the template may use. */
  readonly isKnownAttribute: (name: string) => boolean;
}

/** Characters that end an attribute name inside a placeholder. */
const NAME_END = new Set(['|', '}', '{', "'"]);

class TemplateParser {
  private index = 0;
  private readonly parts: TemplatePart[] = [];
  private text = '';

  constructor(
    private readonly source: string,
    private readonly context: TemplateContext,
  ) {}

  parse(): Template {
    const { source } = this;
    while (this.index < source.length) {
      const ch = source[this.index];
      const next = source[this.index + 1];
      if ((ch === '{' && next === '{') || (ch === '}' && next === '}')) {
        this.text += ch;
        this.index += 2;
      } else if (ch === '{') {
        this.flushText();
        this.parts.push(this.parsePlaceholder());
      } else if (ch === '}') {
        throw this.error('unmatched "}" (write "}}" for a literal brace)', this.index);
      } else {
        this.text += ch;
        this.index += 1;
      }
    }
    this.flushText();
    return { source, parts: this.parts };
  }

  private flushText(): void {
    if (this.text !== '') this.parts.push({ kind: 'text', text: this.text });
    this.text = '';
  }

  private error(detail: string, index: number): UsageError {
    return new UsageError(`${this.context.label} "${this.source}": ${detail} at column ${index + 1}`);
  }

  private skipSpaces(): void {
    while (this.source[this.index] === ' ') this.index += 1;
  }

  /** Parses `{…}` from its opening brace; leaves the index after the closing one. */
  private parsePlaceholder(): TemplatePlaceholder {
    const open = this.index;
    this.index += 1;
    const attributes: string[] = [];
    for (;;) {
      this.skipSpaces();
      const ch = this.source[this.index];
      if (ch === undefined) throw this.error('unclosed "{"', open);
      if (ch === "'") {
        const fallback = this.parseQuoted();
        this.skipSpaces();
        const after = this.source[this.index];
        if (after === '}') {
          this.index += 1;
          return { kind: 'placeholder', attributes, fallback };
        }
        if (after === undefined) throw this.error('unclosed "{"', open);
        if (after === '|') throw this.error('a quoted text must be the last alternative', this.index);
        throw this.error(`unexpected "${after}" after a quoted text`, this.index);
      }
      attributes.push(this.parseName(open));
      const after = this.source[this.index];
      this.index += 1;
      if (after === '}') return { kind: 'placeholder', attributes };
      // after === '|': another alternative follows.
    }
  }

  /** An attribute name, checked; leaves the index on the `|` or `}` after it. */
  private parseName(open: number): string {
    const start = this.index;
    while (this.index < this.source.length && !NAME_END.has(this.source[this.index] ?? '')) this.index += 1;
    const stop = this.source[this.index];
    const name = this.source.slice(start, this.index).trim();
    if (stop === undefined) throw this.error('unclosed "{"', open);
    if (stop === '{') throw this.error('unexpected "{" inside a placeholder', this.index);
    if (stop === "'") throw this.error('unexpected quote inside an attribute name', this.index);
    if (name === '') throw this.error('empty attribute name', start);
    if (!this.context.isKnownAttribute(name)) throw this.error(`unknown attribute ${name}`, start);
    return name;
  }

  /** A `'…'` literal where `''` is one quote; leaves the index after the closing quote. */
  private parseQuoted(): string {
    const open = this.index;
    let text = '';
    this.index += 1;
    while (this.index < this.source.length) {
      const ch = this.source[this.index];
      if (ch === "'") {
        if (this.source[this.index + 1] !== "'") {
          this.index += 1;
          return text;
        }
        this.index += 1;
      }
      text += ch;
      this.index += 1;
    }
    throw this.error('unclosed quoted text', open);
  }
}

/**
 * Parses a template.
 * @throws UsageError naming `context.label`, the template and the 1-based column of the first problem: an
 *   unknown attribute, an unclosed `{` or quote, an unmatched `}`, an empty name, a quoted text not last
 */
export function parseTemplate(source: string, context: TemplateContext): Template {
  return new TemplateParser(source, context).parse();
}

/** The attribute names a template reads, in order of appearance. */
export function templateAttributes(template: Template): string[] {
  return template.parts.flatMap((part) => (part.kind === 'placeholder' ? [...part.attributes] : []));
}

/**
 * The template's text for a node's attributes. An attribute that is missing or has an empty value counts
 * as absent, so the next alternative applies; when none applies the placeholder gives the empty string.
 */
export function evaluateTemplate(template: Template, attributes: Readonly<Record<string, string>>): string {
  let out = '';
  for (const part of template.parts) {
    if (part.kind === 'text') {
      out += part.text;
      continue;
    }
    // Own properties only: an --attribute named `toString` that is absent must not read Object.prototype's.
    const found = part.attributes
      .map((name) => (Object.hasOwn(attributes, name) ? attributes[name] : undefined))
      .find((value) => value !== undefined && value !== '');
    out += found ?? part.fallback ?? '';
  }
  return out;
}
