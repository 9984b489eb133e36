import { money } from '@praxis/domain';
import { CardDeclinedError } from './payment-processor';
import { SandboxPaymentProcessor } from './sandbox-payment-processor';

describe('the sandbox card processor', () => {
  const sut = new SandboxPaymentProcessor();
  const now = new Date('2026-03-02T15:00:00Z');
  const charge = (number: string, expiry = { expiryMonth: 12, expiryYear: 2030 }) =>
    sut.charge({ card: { number, cvc: '123', ...expiry }, amount: money(2_500, 'USD'), reference: `t:${number}`, now });

  it('approves a valid card, naming its brand and last four digits and nothing more of the number', async () => {
    expect(await charge('4242424242424242')).toEqual({
      processorReference: expect.stringMatching(/^ch_[0-9a-f]{24}$/),
      brand: 'visa',
      last4: '4242',
    });
    expect(await charge('5555555555554444')).toMatchObject({ brand: 'mastercard', last4: '4444' });
    expect(await charge('378282246310005')).toMatchObject({ brand: 'amex', last4: '0005' });
  });

  it.each([
    ['4000000000000002', 'the card issuer declined it'],
    ['4000000000009995', 'insufficient funds'],
    ['4000000000000069', 'the card has expired'],
    ['4000000000000127', 'the security code is incorrect'],
    ['4242424242424241', 'the card number is not valid'],
  ])('declines %s: %s', async (number, reason) => {
    await expect(charge(number)).rejects.toEqual(new CardDeclinedError(reason));
  });

  it('declines a card whose expiry month has passed, and takes one expiring this month', async () => {
    await expect(charge('4242424242424242', { expiryMonth: 2, expiryYear: 2026 })).rejects.toBeInstanceOf(
      CardDeclinedError,
    );
    await expect(charge('4242424242424242', { expiryMonth: 3, expiryYear: 2026 })).resolves.toMatchObject({
      last4: '4242',
    });
  });

  it('answers the same reference with the same charge, so a retry is not charged twice', async () => {
    const first = await charge('4242424242424242');
    expect(await charge('4242424242424242')).toEqual(first);
  });
});
