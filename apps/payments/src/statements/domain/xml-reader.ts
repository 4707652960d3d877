import { SaxesParser } from 'saxes';
import { StatementFormatError } from './statement-format.error';
import { XmlElement, XmlNode } from './xml-element';

/**
 * Reads an XML document in one streaming pass (saxes, which checks well-formedness as it goes)
 * into small XmlNode trees.
 *
 * Elements at one path (for a statement: Document/BkToCstmrStmt/Stmt/Ntry) are streamed: each is
 * handed to `onElement` as soon as its end tag is read, then its content is dropped, so that a
 * 100,000-entry statement (70 MB) never becomes one tree. The rest of the document (the shell:
 * header, accounts, balances) is kept and returned; a streamed element stays in it as an empty
 * placeholder, so its place among its siblings is unchanged.
 *
 * Names lose their namespace prefix (`<ns2:Ntry>` reads as `<Ntry>`), namespace declarations are
 * left out of the attributes, attribute values and each stretch of text are trimmed, CDATA is
 * text as written, comments and processing instructions are skipped.
 *
 * Any syntax error throws a StatementFormatError with the line and column of the file.
 */

export interface StreamedPathStep {
  readonly name: string;
  /** read with children(): its view carries its 1-based position among siblings of its name */
  readonly repeated?: boolean;
}

export interface XmlReadOptions {
  /** from the root element down, e.g. Document, BkToCstmrStmt, Stmt (repeated), Ntry (repeated) */
  readonly streamedPath?: readonly StreamedPathStep[];
  /** called with each streamed element, in document order, with its content still in place */
  readonly onElement?: (element: XmlElement, position: number | undefined) => void;
}

interface Frame {
  readonly node: XmlNode;
  /** set on the streamed path only: the element's view and the count of its children by name */
  readonly view?: XmlElement;
  readonly counts?: Map<string, number>;
  readonly position?: number;
}

/** Returns the virtual root: its children are the document's top-level elements. */
export function readXml(xml: string, options: XmlReadOptions = {}): XmlElement {
  const path = options.streamedPath ?? [];
  const onElement = options.onElement;
  const topLevel: XmlNode[] = [];
  const root = XmlElement.root(topLevel);
  const stack: Frame[] = [];
  const rootFrame: Frame = { node: root.node, view: root, counts: new Map() };
  let current: Frame = rootFrame;
  let lastClosed: string | undefined;

  const parser = new SaxesParser({ xmlns: false, position: true });
  parser.on('error', (error) => {
    let reason = error.message.replace(/^\d+:\d+: /, '');
    // saxes closes the open element before it says its end tag was not the one read
    if (reason === 'unexpected close tag.' && lastClosed !== undefined) {
      reason = `unexpected close tag, expected </${lastClosed}>`;
    }
    throw new StatementFormatError(`not well-formed XML: ${reason}`, {
      format: 'camt.053',
      line: parser.line,
      // saxes counts the characters read on the line; at the very start of one that is 0
      column: Math.max(parser.column, 1),
    });
  });
  parser.on('opentag', (tag) => {
    const node: XmlNode = {
      name: localName(tag.name),
      attributes: attributesOf(tag.attributes),
      elements: [],
      text: '',
    };
    current.node.elements.push(node);
    const step = current.view ? path[stack.length] : undefined;
    let frame: Frame;
    if (step && step.name === node.name) {
      let position: number | undefined;
      if (step.repeated) {
        position = (current.counts!.get(node.name) ?? 0) + 1;
        current.counts!.set(node.name, position);
      }
      frame = { node, view: current.view!.viewOf(node, position), counts: new Map(), position };
    } else {
      frame = { node };
    }
    stack.push(current);
    current = frame;
  });
  parser.on('closetag', (tag) => {
    lastClosed = tag.name;
    if (current.view && stack.length === path.length && onElement) {
      onElement(current.view, current.position);
      current.node.elements = [];
      current.node.text = '';
    }
    current = stack.pop() ?? rootFrame;
  });
  parser.on('text', (text) => {
    if (current === rootFrame) return; // whitespace around the root; saxes refuses anything else
    const trimmed = text.trim();
    if (trimmed !== '') current.node.text += trimmed;
  });
  parser.on('cdata', (cdata) => {
    if (current !== rootFrame) current.node.text += cdata;
  });
  parser.write(xml).close();
  return root;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

function attributesOf(
  attributes: Readonly<Record<string, string>>,
): Readonly<Record<string, string>> | undefined {
  let result: Record<string, string> | undefined;
  for (const name in attributes) {
    if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
    result ??= Object.create(null) as Record<string, string>;
    result[localName(name)] = attributes[name].trim();
  }
  return result;
}
