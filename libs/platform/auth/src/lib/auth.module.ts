import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import { Tokens } from './tokens';

@Module({})
export class AuthModule {
  static forRoot(secret: string): DynamicModule {
    return {
      module: AuthModule,
      global: true,
      providers: [
        { provide: Tokens, useValue: new Tokens(secret) },
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
      exports: [Tokens],
    };
  }
}
