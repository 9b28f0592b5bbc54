/**
 * Base64 for certificate files in a backup. Browsers that have the native Uint8Array methods
 * (Chromium 140+, Firefox 133+) convert tens of megabytes in milliseconds; elsewhere (Node 20,
 * where the tests run) atob/btoa do the same work more slowly.
 */
const native = Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array<ArrayBuffer> };

export function bytesToBase64(bytes: Uint8Array): string {
  const toBase64 = (bytes as unknown as { toBase64?: () => string }).toBase64;
  if (toBase64) return toBase64.call(bytes);
  const CHUNK = 0x8000; // small enough for the argument list of String.fromCharCode
  let binary = '';
  for (let start = 0; start < bytes.length; start += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  }
  return btoa(binary);
}

export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> {
  if (native.fromBase64) return native.fromBase64(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
