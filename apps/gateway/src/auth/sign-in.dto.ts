import { ROLES, type Role } from '@artbridge/platform-auth';
import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** POST /api/auth/token */
export class SignInDto {
  @ApiProperty({ example: 'exporter1' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  username!: string;

  @ApiProperty({ example: 'demo', format: 'password' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  password!: string;
}

export class TokenDto {
  @ApiProperty({ description: 'Send as `Authorization: Bearer <accessToken>`' })
  accessToken!: string;

  @ApiProperty({ example: 'Bearer' })
  tokenType!: 'Bearer';

  @ApiProperty({ description: 'Seconds until the token expires', example: 3600 })
  expiresIn!: number;

  @ApiProperty({ enum: ROLES, isArray: true, example: ['EXPORTER'] })
  roles!: Role[];
}
