/**
 * Cuts the many repeated elements of a large XML document (the <Ntry> elements of a statement)
 * out of it, so each can be checked and parsed on its own.
 *
 * Why: fast-xml-parser builds one tree for the whole input, and on a 100,000-entry statement
 * (70 MB) the tree alone outgrows the young generation and garbage collection dominates; parsing
 * entry by entry keeps every tree small and short-lived, roughly halving the time.
 *
 * Soundness: in well-formed XML every '<' outside comments, CDATA sections and processing
 * instructions starts markup (it cannot occur in text or attribute values), so a plain scan for
 * the start and end tags is exact when none of those three appear after the root start tag; if
 * any does, the caller parses the document whole instead. Each cut-out element is replaced in the
 * shell by an empty placeholder carrying its number and as many line breaks as it spanned, so
 * line numbers in the shell stay those of the file. If the shell and every piece are well-formed,
 * so is the original document (an empty element was swapped for a well-formed one).
 */

/** Attribute on a placeholder telling which chunk it stands for; not a camt.053 name. */
export const CHUNK_ATTRIBUTE = 'artbridgeChunk';

export interface XmlChunk {
  readonly xml: string;
  /** 1-based line and column of the file at which the chunk starts */
  readonly line: number;
  readonly column: number;
}

export interface ChunkedDocument {
  readonly shell: string;
  readonly chunks: readonly XmlChunk[];
}

export function cutOutElements(
  xml: string,
  rootStart: number,
  elementName: string,
): ChunkedDocument | undefined {
  if (xml.indexOf('<!', rootStart) !== -1 || xml.indexOf('<?', rootStart) !== -1) return undefined;

  const startTag = new RegExp(`<((?:[A-Za-z_][\\w.-]*:)?${elementName})(?=[\\s/>])`, 'g');
  const shellParts: string[] = [];
  const chunks: XmlChunk[] = [];
  let copiedUpTo = 0;
  let line = 1;
  let linesCountedUpTo = 0;

  startTag.lastIndex = rootStart;
  for (let match = startTag.exec(xml); match; match = startTag.exec(xml)) {
    const start = match.index;
    const startTagEnd = xml.indexOf('>', start);
    if (startTagEnd === -1) return undefined;
    let end: number;
    if (xml[startTagEnd - 1] === '/') {
      end = startTagEnd + 1;
    } else {
      const closingEnd = endOfClosingTag(xml, match[1], startTagEnd);
      if (closingEnd === undefined) return undefined;
      end = closingEnd + 1;
    }

    line += countLineBreaks(xml, linesCountedUpTo, start);
    linesCountedUpTo = start;
    const chunk = xml.slice(start, end);
    const spannedLines = countLineBreaks(chunk, 0, chunk.length);

    shellParts.push(xml.slice(copiedUpTo, start));
    shellParts.push(
      `<${match[1]} ${CHUNK_ATTRIBUTE}="${chunks.length}"/>${'\n'.repeat(spannedLines)}`,
    );
    chunks.push({ xml: chunk, line, column: start - xml.lastIndexOf('\n', start - 1) });
    copiedUpTo = end;
    startTag.lastIndex = end;
  }
  shellParts.push(xml.slice(copiedUpTo));
  return { shell: shellParts.join(''), chunks };
}

/**
 * Index of the '>' ending the first `</name>` after `from`. `</NtryRef>` and `</NtryDtls>` also
 * start with `</Ntry`, so the name must be followed by optional whitespace and '>'.
 */
function endOfClosingTag(xml: string, name: string, from: number): number | undefined {
  const opening = `</${name}`;
  for (
    let closing = xml.indexOf(opening, from);
    closing !== -1;
    closing = xml.indexOf(opening, closing + 1)
  ) {
    let position = closing + opening.length;
    while (position < xml.length && /\s/.test(xml[position])) position++;
    if (xml[position] === '>') return position;
  }
  return undefined;
}

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (
    let index = text.indexOf('\n', from);
    index !== -1 && index < to;
    index = text.indexOf('\n', index + 1)
  ) {
    count++;
  }
  return count;
}
