/** Pixels of an image (a data URL) in the browser, for tests that look at what was drawn. */
export async function imagePixels(src: string): Promise<ImageData> {
  const img = new Image();
  img.src = src;
  await img.decode();
  const c = document.createElement('canvas');
  c.width = img.width;
  c.height = img.height;
  const ctx = c.getContext('2d')!;
  ctx.drawImage(img, 0, 0);
  return ctx.getImageData(0, 0, c.width, c.height);
}
