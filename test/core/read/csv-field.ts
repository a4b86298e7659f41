import fc from 'fast-check';

/**
 * A field as an export writes it: quoted when it must be (or at random), quotes doubled. With
 * `raw: 'any'` it is now and then written raw, line endings and all (a bare LF inside a CRLF
 * file is data to papaparse); with `raw: 'safe'` only when nothing in it needs quotes.
 */
export function csvField(raw: 'any' | 'safe') {
  return fc
    .tuple(
      fc.array(fc.constantFrom('x', 'é', 'ğ', ' ', ',', ';', '"', '\n', '\r', '5'), {
        maxLength: 6,
      }),
      fc.constantFrom('raw', 'needed', 'always'),
    )
    .map(([chars, quoting]) => {
      const text = chars.join('');
      // A bare quote inside an unquoted field is literal to papaparse; 'any' keeps some.
      const must =
        raw === 'any' ? /[,;\n\r]/.test(text) || text.startsWith('"') : /[,;\n\r"]/.test(text);
      if (quoting === 'raw' && (raw === 'any' || !must)) return text;
      return must || quoting === 'always' ? `"${text.replaceAll('"', '""')}"` : text;
    });
}
