/** "some-id" -> "Some id": how screens show an id this version has no words for. */
export function sentenceCase(id: string): string {
  const words = id.replace(/[-_.]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
