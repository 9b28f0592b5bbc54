/**
 * The fonts summary.pdf embeds: Noto Sans from its package, copied into the extension by wxt.config.ts
 * (PACKET_FONTS), so a packet reads them from the extension itself and fetches nothing from anywhere else.
 */
export const FONT_FILES = {
  regular: '/fonts/NotoSans-Regular.ttf',
  bold: '/fonts/NotoSans-Bold.ttf',
} as const;

/** Where wxt.config.ts copies each font from (its package). */
export const FONT_SOURCES: Record<keyof typeof FONT_FILES, string> = {
  regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
};
