// Streams an XML report through saxes, so a 50 MB Cobertura file is never held whole.
import { createReadStream } from 'node:fs';
import { SaxesParser } from 'saxes';
import { ReportError } from './errors.ts';

export interface XmlHandlers {
  open: (name: string, attributes: Record<string, string>) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
}

export async function streamXml(file: string, label: string, handlers: XmlHandlers): Promise<void> {
  const parser = new SaxesParser({ position: true });
  let failure: ReportError | undefined;
  const fail = (problem: string) => {
    failure ??= new ReportError(label, problem, { line: parser.line, column: parser.column });
  };
  parser.on('error', (error: Error) => fail(error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '')));
  parser.on('opentag', (tag) => {
    if (failure) return;
    try {
      handlers.open(tag.name, tag.attributes as Record<string, string>);
    } catch (error) {
      fail((error as Error).message);
    }
  });
  if (handlers.close) {
    const close = handlers.close;
    parser.on('closetag', (tag) => {
      if (!failure) close(tag.name);
    });
  }
  if (handlers.text) {
    const text = handlers.text;
    parser.on('text', (t: string) => text(t));
    parser.on('cdata', (t: string) => text(t));
  }
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
  for await (const chunk of stream as AsyncIterable<string>) {
    parser.write(chunk);
    if (failure) {
      stream.destroy();
      throw failure;
    }
  }
  parser.close();
  if (failure) throw failure;
}

/** Reads an attribute as a whole number, or throws a message naming it. */
export function intAttribute(attributes: Record<string, string>, name: string, element: string): number {
  const raw = attributes[name];
  if (raw === undefined) throw new Error(`<${element}> has no ${name} attribute`);
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new Error(`<${element} ${name}="${raw}"> is not a number`);
  return value;
}
