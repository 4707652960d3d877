import { StatementFormatError, camtLocation } from './statement-format.error';

/** Prefix fast-xml-parser gives attributes (configured in the camt.053 parser). */
export const ATTRIBUTE_PREFIX = '@_';
const TEXT_KEY = '#text';
const ATTRIBUTES_KEY = ':@';

/**
 * One node of fast-xml-parser's `preserveOrder` output: `{ [tagName]: children, ':@': attributes }`
 * for an element, `{ '#text': value }` for text. The ordered form is used because it skips the
 * library's conversion into nested objects, about a third of its parsing time on large
 * statements.
 */
export type OrderedXmlNode = Readonly<Record<string, unknown>>;

function isNodeList(value: unknown): value is readonly OrderedXmlNode[] {
  return Array.isArray(value);
}

/**
 * A read-only view of one element that knows where it is, so every error can name the element
 * (XPath-like, 1-based indexes for repeated elements). The path string is only built when an
 * error needs it: a statement of 100,000 entries creates millions of these views.
 */
export class XmlElement {
  private constructor(
    private readonly parent: XmlElement | undefined,
    private readonly name: string,
    private readonly position: number | undefined,
    private readonly content: readonly OrderedXmlNode[],
    private readonly attributes: Readonly<Record<string, unknown>> | undefined,
  ) {}

  /** A virtual parent of the document's top-level nodes. */
  static root(nodes: unknown): XmlElement {
    return new XmlElement(undefined, '', undefined, isNodeList(nodes) ? nodes : [], undefined);
  }

  get path(): string {
    if (!this.parent) return '';
    const index = this.position === undefined ? '' : `[${this.position}]`;
    return `${this.parent.path}/${this.name}${index}`;
  }

  /** Names of the child elements, in document order (text nodes left out). */
  childNames(): string[] {
    const names: string[] = [];
    for (const node of this.content) {
      for (const key of Object.keys(node)) {
        if (key !== ATTRIBUTES_KEY && key !== TEXT_KEY) names.push(key);
      }
    }
    return names;
  }

  /** All children of that name, in document order. */
  children(name: string): XmlElement[] {
    const found: XmlElement[] = [];
    for (const node of this.content) {
      const content = node[name];
      if (isNodeList(content)) {
        found.push(new XmlElement(this, name, found.length + 1, content, attributesOf(node)));
      }
    }
    return found;
  }

  /** The only child of that name, if any; a repeated child here is a format error. */
  child(name: string): XmlElement | undefined {
    let found: XmlElement | undefined;
    for (const node of this.content) {
      const content = node[name];
      if (!isNodeList(content)) continue;
      if (found) throw this.error(`<${name}> may occur once here but occurs more than once`);
      found = new XmlElement(this, name, undefined, content, attributesOf(node));
    }
    return found;
  }

  requiredChild(name: string): XmlElement {
    const found = this.child(name);
    if (!found) throw this.error(`required element <${name}> is missing`);
    return found;
  }

  has(name: string): boolean {
    return this.content.some((node) => node[name] !== undefined);
  }

  /** The element's own text (trimmed by the parser); empty for an empty element. */
  text(): string {
    let text = '';
    for (const node of this.content) {
      const value = node[TEXT_KEY];
      if (value === undefined) throw this.error('expected text, found nested elements');
      text += String(value);
    }
    return text;
  }

  /** Text of an optional child; an empty element counts as absent. */
  textOf(name: string): string | undefined {
    const text = this.child(name)?.text();
    return text === '' ? undefined : text;
  }

  requiredTextOf(name: string): string {
    const text = this.requiredChild(name).text();
    if (text === '') throw this.error(`element <${name}> is empty`);
    return text;
  }

  /** Follows a chain of single children, e.g. at('RltdPties', 'Dbtr', 'Nm'). */
  at(...names: string[]): XmlElement | undefined {
    const [first, ...rest] = names;
    let current = first === undefined ? undefined : this.child(first);
    for (const name of rest) {
      if (!current) return undefined;
      current = current.child(name);
    }
    return current;
  }

  textAt(...names: string[]): string | undefined {
    const text = this.at(...names)?.text();
    return text === '' ? undefined : text;
  }

  attribute(name: string): string | undefined {
    const value = this.attributes?.[ATTRIBUTE_PREFIX + name];
    return typeof value === 'string' ? value : undefined;
  }

  /** This element's place in the document with another element's content (a separately parsed chunk). */
  withContentOf(source: XmlElement): XmlElement {
    return new XmlElement(this.parent, this.name, this.position, source.content, source.attributes);
  }

  /** A format error located at this element; callers `throw element.error(...)` so TypeScript narrows. */
  error(reason: string): StatementFormatError {
    return new StatementFormatError(reason, camtLocation(this.path));
  }
}

function attributesOf(node: OrderedXmlNode): Readonly<Record<string, unknown>> | undefined {
  const attributes = node[ATTRIBUTES_KEY];
  return typeof attributes === 'object' && attributes !== null
    ? (attributes as Record<string, unknown>)
    : undefined;
}
