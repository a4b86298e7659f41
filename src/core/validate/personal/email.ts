const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;

/**
 * Whether a text holds an e-mail address.
 * @example containsEmail('yazın: ayse@example.com.tr') // true
 */
export function containsEmail(text: string): boolean {
  return text.includes('@') && EMAIL.test(text);
}
