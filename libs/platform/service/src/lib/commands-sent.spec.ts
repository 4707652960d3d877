import { defineCommand, defineEvent } from '@artbridge/contracts';
import { commandsSent } from './commands-sent';

class Payload {}

describe('commandsSent', () => {
  const reserve = defineCommand(
    'catalog.artworks.reserve',
    1,
    'artbridge.catalog.commands',
    Payload,
  );
  const file = defineCommand('customs.declaration.file', 1, 'artbridge.customs.commands', Payload);
  const reserved = defineEvent(
    'catalog.artworks.reserved',
    1,
    'artbridge.catalog.artwork',
    Payload,
  );

  it('is the commands a service declares and has no handler for: those it asks others to do', () => {
    expect(commandsSent([reserve, file, reserved], ['catalog.artworks.reserved'])).toEqual([
      'catalog.artworks.reserve',
      'customs.declaration.file',
    ]);
  });

  it('leaves out the commands it takes and every event, whoever publishes it', () => {
    expect(commandsSent([reserve, reserved], ['catalog.artworks.reserve'])).toEqual([]);
  });

  it('names a command once, however often it is declared', () => {
    expect(commandsSent([reserve, reserve], [])).toEqual(['catalog.artworks.reserve']);
  });
});
