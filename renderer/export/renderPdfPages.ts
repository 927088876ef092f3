/**
 * Draws the first pages of a PDF into canvases with pdf.js, loaded only when a preview is asked for.
 * Its worker is a file of the app (CSP `worker-src 'self'`); eval is off.
 */
export async function renderPdfPages(data: Uint8Array, pages: number, width: number): Promise<HTMLCanvasElement[]> {
  const pdfjs = await import('pdfjs-dist');
  const { default: workerUrl } = await import('pdfjs-dist/build/pdf.worker.min.mjs?url');
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  const doc = await pdfjs.getDocument({ data, isEvalSupported: false, useSystemFonts: false }).promise;
  const canvases: HTMLCanvasElement[] = [];
  try {
    for (let n = 1; n <= Math.min(pages, doc.numPages); n++) {
      const page = await doc.getPage(n);
      const base = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: (width * window.devicePixelRatio) / base.width });
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      canvas.style.width = `${width}px`;
      await page.render({ canvas, viewport }).promise;
      canvases.push(canvas);
    }
  } finally {
    await doc.destroy();
  }
  return canvases;
}
