/** Base64 for certificate files in a backup: plain atob/btoa, which every browser and Node 20 have. */
export function bytesToBase64(bytes: Uint8Array): string {
  const CHUNK = 0x8000; // small enough for the argument list of String.fromCharCode
  let binary = '';
  for (let start = 0; start < bytes.length; start += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  }
  return btoa(binary);
}

export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
