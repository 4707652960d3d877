import { ArgumentMetadata, BadRequestException, ParseUUIDPipe } from '@nestjs/common';

/**
 * ParseUUIDPipe answering as every other 400 of the API does, naming the parameter:
 * `{"message": ["id must be a UUID"], ...}`, where Nest's own says "Validation failed (uuid is
 * expected)", a bare string naming nothing. The UUID comes out in lower case, as stored and sent
 * in events (see LowerCaseUuid). For `@Param('id', new UuidParamPipe())`.
 */
export class UuidParamPipe extends ParseUUIDPipe {
  override async transform(value: string, metadata: ArgumentMetadata): Promise<string> {
    try {
      return (await super.transform(value, metadata)).toLowerCase();
    } catch (error) {
      if (!(error instanceof BadRequestException)) throw error;
      throw new BadRequestException([`${metadata.data ?? 'the parameter'} must be a UUID`]);
    }
  }
}
