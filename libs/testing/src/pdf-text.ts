import PDFParser from 'pdf2json';

/** The text a reader of the PDF sees, read back by a PDF parser. */
export const textOfPdf = (pdf: Buffer): Promise<string> =>
  new Promise((resolve, reject) => {
    const parser = new PDFParser(null, true);
    parser.on('pdfParser_dataReady', () => resolve(parser.getRawTextContent()));
    parser.on('pdfParser_dataError', (error) => reject(error instanceof Error ? error : error.parserError));
    parser.parseBuffer(pdf, 0);
  });
