import type { OpenAPIObject, SchemaObject } from '@nestjs/swagger';
import { addErrorSchema, ERROR_SCHEMA } from './openapi-errors';

describe('the error body of the OpenAPI documents', () => {
  const errorSchema = (): SchemaObject => {
    const document: OpenAPIObject = {
      openapi: '3.0.0',
      info: { title: 't', version: '1' },
      paths: {},
    };
    addErrorSchema(document);
    return document.components!.schemas![ERROR_SCHEMA] as SchemaObject;
  };

  it('names the fields every error has', () => {
    expect(errorSchema().required).toEqual(['statusCode', 'error', 'message']);
  });

  it('names the optional context some errors add, the rule that refused among them', () => {
    const { properties, required } = errorSchema();
    expect(Object.keys(properties!)).toEqual(
      expect.arrayContaining(['line', 'location', 'currentStatus', 'ruleId']),
    );
    expect(properties!['ruleId']).toMatchObject({
      type: 'string',
      description: expect.stringContaining('CN-TEMP-ADMISSION'),
    });
    expect(required).not.toContain('ruleId');
  });
});
