// XML 1.0 allows only some characters anywhere in a document, escaped or not (the `Char` production, §2.2):
// tab, line feed, carriage return and U+0020 onwards, without the surrogates and U+FFFE/U+FFFF. A control
// character in a title makes a strict reader (a browser, a feed reader) refuse the whole feed or badge. Text
// reaches our XML from documents (validate refuses control characters there) and from helpdesk data (which
// nobody validates), so every XML writer passes its text through this one function.

const NOT_AN_XML_CHARACTER = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** `text` with every character XML 1.0 forbids replaced by U+FFFD (the replacement character), so it shows. */
export function replaceNonXmlCharacters(text: string): string {
  return text.replace(NOT_AN_XML_CHARACTER, '\uFFFD');
}
