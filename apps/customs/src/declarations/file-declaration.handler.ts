import { FileDeclaration, FileDeclarationV1 } from '@artbridge/contracts';
import { MessageContext } from '@artbridge/platform-messaging';
import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { FileDeclarationService } from './file-declaration.service';

@Controller()
export class FileDeclarationHandler {
  constructor(private readonly filing: FileDeclarationService) {}

  /** Runs in the inbox's transaction: the declaration, its audit and its events commit together. */
  @EventPattern(FileDeclaration.type)
  async onFileDeclaration(
    @Payload() command: FileDeclarationV1,
    @Ctx() context: MessageContext,
  ): Promise<void> {
    await this.filing.file(command, context);
  }
}
