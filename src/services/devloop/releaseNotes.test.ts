import { releaseNotesMessage } from './releaseNotes';

describe('the release notes message', () => {
  it('names the version and environment, lists each case, and escapes what it puts in HTML', () => {
    const message = releaseNotesMessage(
      '5.10.2',
      'Production',
      [
        { key: 'SUP-9', summary: 'Totals <b>wrong</b> & "rounded"' },
        { key: 'SUP-10', summary: '' },
      ],
      ['acc-1', 'acc-2'],
    );
    expect(message).toEqual({
      subject: 'Version 5.10.2 is installed in Production',
      textBody:
        'Version 5.10.2 is now installed in Production. It fixes these requests of yours:\n' +
        '- SUP-9: Totals <b>wrong</b> & "rounded"\n' +
        '- SUP-10',
      htmlBody:
        '<p>Version 5.10.2 is now installed in Production. It fixes these requests of yours:</p>' +
        '<ul><li>SUP-9: Totals &#60;b&#62;wrong&#60;/b&#62; &#38; &#34;rounded&#34;</li>' +
        '<li>SUP-10</li></ul>',
      to: { users: [{ accountId: 'acc-1' }, { accountId: 'acc-2' }] },
    });
  });
});
