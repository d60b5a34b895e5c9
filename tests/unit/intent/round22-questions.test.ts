import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, classify } from '../../../electron/core/commerce/intent';

/** An invented product (code, title and values in no corpus file): a cork yoga block by colour. */
const index = buildCatalogIndex([
  {
    code: 'Q90',
    title: 'Cork yoga block',
    optionNames: ['Color'],
    variants: ['Natural', 'Black'].map((c) => ({ options: [c] })),
  },
]);
const intent = (text: string) => classify(text, index, { featuredCode: 'Q90' }).intent;

describe('issue 17, round 22: a cancel word in the past, of someone else or in the passive, is chatter', () => {
  it.each([
    ['mój brat anulował zamówienie w innym sklepie, przyszło za późno'],
    ['la vecina canceló su pedido de otra tienda, qué rollo'],
    ['bei meinem bruder wurde die bestellung storniert, komisch'],
  ])('%s', (text) => {
    expect(intent(text)).toBe('other');
  });
  it.each([['cancel my order please, changed my mind'], ['anuluj moje zamówienie, rozmyśliłam się'], ['cancela mi pedido porfa, me lié']])(
    'unchanged (guard): %s',
    (text) => {
      expect(intent(text)).toBe('cancel');
    },
  );
});

describe('issue 17, round 22: ordinary cancels (forget that, do not put me down, delete mine)', () => {
  it.each([
    ['vergesst das, falsch geklickt'],
    ['no me apuntes el bloque'],
    ['scratch mine, wrong one'],
    ['менікін өшіріңізші, қате болды'],
  ])('%s', (text) => {
    expect(intent(text)).toBe('cancel');
  });
});

describe('issue 17, round 22: a claim put off until the buyer is paid claims nothing yet', () => {
  it.each([
    ['once my salary lands i will take the black block'],
    ['si me pagan mañana me llevo el negro'],
    ['когда придёт зарплата, беру чёрный'],
    ['айлығым түссе қарасын аламын'],
  ])('%s', (text) => {
    expect(intent(text)).toBe('other');
  });
  it('unchanged (guard): asking when to pay, payday named, still asks', () => {
    expect(intent('can i pay after the show, payday is monday?')).toBe('question');
  });
});
