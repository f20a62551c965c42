import { AuditAction, type AuditEventEntity } from './audit-event.entity';
import { AuditTrailService } from './audit-trail.service';

describe('the audit trail as CSV', () => {
  it('neutralises old and new values a spreadsheet would run as formulas', () => {
    const event = {
      at: new Date('2003-09-19T12:00:00Z'),
      entityType: 'matter',
      action: AuditAction.UPDATE,
      field: 'title',
      oldValue: 'Universalisation',
      newValue: '=HYPERLINK("https://evil.example","Open")',
    } as AuditEventEntity;
    const [, line] = new AuditTrailService(null as never).toCsv([event]).split('\r\n');
    expect(line).toBe(
      `2003-09-19T12:00:00.000Z,,,,matter,,UPDATE,title,Universalisation,"'=HYPERLINK(""https://evil.example"",""Open"")"`,
    );
  });
});
