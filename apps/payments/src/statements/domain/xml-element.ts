import { StatementFormatError, camtLocation } from './statement-format.error';

/**
 * One element as the XML reader (xml-reader.ts) builds it: namespace prefixes stripped from the
 * element and attribute names, namespace declarations left out, attribute values and text
 * trimmed, entities decoded. `text` is the element's own character data (each stretch between
 * markup trimmed, CDATA kept as written); it only counts when the element has no child elements.
 */
export interface XmlNode {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>> | undefined;
  elements: XmlNode[];
  text: string;
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
    readonly node: XmlNode,
  ) {}

  /** A virtual parent of the document's top-level elements. */
  static root(elements: XmlNode[]): XmlElement {
    return new XmlElement(undefined, '', undefined, {
      name: '',
      attributes: undefined,
      elements,
      text: '',
    });
  }

  /**
   * The view of a child node of this element, as child() (no position) or children() (its
   * 1-based position among the children of its name) would give it.
   */
  viewOf(node: XmlNode, position: number | undefined): XmlElement {
    return new XmlElement(this, node.name, position, node);
  }

  get path(): string {
    if (!this.parent) return '';
    const index = this.position === undefined ? '' : `[${this.position}]`;
    return `${this.parent.path}/${this.name}${index}`;
  }

  /** Names of the child elements, in document order. */
  childNames(): string[] {
    return this.node.elements.map((element) => element.name);
  }

  /** All children of that name, in document order. */
  children(name: string): XmlElement[] {
    const found: XmlElement[] = [];
    for (const element of this.node.elements) {
      if (element.name === name) {
        found.push(new XmlElement(this, name, found.length + 1, element));
      }
    }
    return found;
  }

  /** The only child of that name, if any; a repeated child here is a format error. */
  child(name: string): XmlElement | undefined {
    let found: XmlElement | undefined;
    for (const element of this.node.elements) {
      if (element.name !== name) continue;
      if (found) throw this.error(`<${name}> may occur once here but occurs more than once`);
      found = new XmlElement(this, name, undefined, element);
    }
    return found;
  }

  requiredChild(name: string): XmlElement {
    const found = this.child(name);
    if (!found) throw this.error(`required element <${name}> is missing`);
    return found;
  }

  has(name: string): boolean {
    return this.node.elements.some((element) => element.name === name);
  }

  /** The element's own text (trimmed); empty for an empty element. */
  text(): string {
    if (this.node.elements.length > 0) throw this.error('expected text, found nested elements');
    return this.node.text;
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
    const value = this.node.attributes?.[name];
    return typeof value === 'string' ? value : undefined;
  }

  /** A format error located at this element; callers `throw element.error(...)` so TypeScript narrows. */
  error(reason: string): StatementFormatError {
    return new StatementFormatError(reason, camtLocation(this.path));
  }
}
