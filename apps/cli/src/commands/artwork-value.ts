import type { AnswerOf, BodyOf } from '@artbridge/public-api';
import { EXIT, ExitCode } from '../cli-error';
import type { CommandContext } from '../context';
import { printJson } from '../output/json';

/**
 * `artbridge artworks value ID AMOUNT CURRENCY`: PATCH /catalog/artworks/{id} with the new value,
 * as the EXPORTER who owns it (an imported work comes in at 0.00 GBP and ships at nothing until
 * it has one). The catalog checks the amount against the currency; a 409 says the artwork is not
 * AVAILABLE (a shipment holds it or took it out). `--json`: the artwork as the catalog answers it.
 */
export async function setArtworkValue(
  context: CommandContext,
  id: string,
  amount: string,
  currency: string,
  options: { json?: boolean } = {},
): Promise<ExitCode> {
  const client = await context.signIn();
  const body = {
    value: { amount: amount.trim(), currency: currency.trim().toUpperCase() },
  } satisfies BodyOf<'catalog_ArtworksController_revalue'>;
  const artwork = await context.calling(() =>
    client.patch<AnswerOf<'catalog_ArtworksController_revalue'>>(
      `/catalog/artworks/${encodeURIComponent(id)}`,
      body,
    ),
  );
  if (options.json) printJson(context.io, artwork);
  else
    context.io.stdout(
      `${artwork.id} "${artwork.title}": value ${artwork.value.amount} ${artwork.value.currency}\n`,
    );
  return EXIT.OK;
}
