import { ResponseSchemas, type OpenApiDocument } from './response-schemas';

const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });

const document: OpenApiDocument = {
  paths: {
    '/shipments/{id}': {
      get: {
        responses: {
          '200': json({ $ref: '#/components/schemas/ShipmentResponse' }),
          '404': json({ $ref: '#/components/schemas/ErrorResponse' }),
        },
      },
    },
    '/shipments/open': {
      get: {
        responses: {
          '200': json({ type: 'array', items: { $ref: '#/components/schemas/Money' } }),
        },
      },
    },
    '/shipments/{id}/dispatch': {
      post: { responses: { '201': { description: 'dispatched' } } },
    },
  },
  components: {
    schemas: {
      ErrorResponse: {
        type: 'object',
        required: ['statusCode', 'error', 'message'],
        properties: {
          statusCode: { type: 'integer' },
          error: { type: 'string' },
          message: { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
        },
        additionalProperties: true,
      },
      Money: {
        type: 'object',
        properties: { amount: { type: 'string' }, currency: { type: 'string' } },
        required: ['amount', 'currency'],
      },
      ShipmentResponse: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          status: { type: 'string', enum: ['PAID', 'COMPLETED'] },
          price: { nullable: true, allOf: [{ $ref: '#/components/schemas/Money' }] },
          note: { type: 'string', nullable: true },
          tracking: { type: 'string' },
          depthCm: { type: 'number', minimum: 0, exclusiveMinimum: true },
        },
        required: ['id', 'status', 'price', 'note'],
      },
    },
  },
};

describe('ResponseSchemas', () => {
  const schemas = new ResponseSchemas(document);
  const shipment = {
    id: '0196f0a4-0000-7000-8000-000000000001',
    status: 'PAID',
    price: { amount: '10.00', currency: 'EUR' },
    note: null,
  };

  it('accepts an answer as documented, nullable fields null and optional ones absent', () => {
    expect(() => schemas.check('GET', `/shipments/${shipment.id}`, 200, shipment)).not.toThrow();
    expect(() =>
      schemas.check('GET', `/shipments/${shipment.id}?x=1`, 200, { ...shipment, price: null }),
    ).not.toThrow();
  });

  it('refuses a property the document does not name, at any depth', () => {
    expect(() =>
      schemas.check('GET', `/shipments/${shipment.id}`, 200, { ...shipment, secret: 1 }),
    ).toThrow(/must NOT have additional properties \(secret\)/);
    expect(() =>
      schemas.check('GET', `/shipments/${shipment.id}`, 200, {
        ...shipment,
        price: { amount: '1.00', currency: 'EUR', minor: 100 },
      }),
    ).toThrow(/\/price .*\(minor\)/);
  });

  it('refuses a wrong type, a value outside the enum and a missing required property', () => {
    expect(() =>
      schemas.check('GET', `/shipments/${shipment.id}`, 200, { ...shipment, note: 3 }),
    ).toThrow(/\/note/);
    expect(() =>
      schemas.check('GET', `/shipments/${shipment.id}`, 200, { ...shipment, status: 'LOST' }),
    ).toThrow(/\/status must be equal to one of the allowed values/);
    const { status: _, ...noStatus } = shipment;
    expect(() => schemas.check('GET', `/shipments/${shipment.id}`, 200, noStatus)).toThrow(
      /must have required property 'status'/,
    );
  });

  it("reads 3.0's boolean exclusive bounds", () => {
    const answer = (depthCm: number) => () =>
      schemas.check('GET', `/shipments/${shipment.id}`, 200, { ...shipment, depthCm });
    expect(answer(0.4)).not.toThrow();
    expect(answer(0)).toThrow(/\/depthCm must be > 0/);
  });

  it('prefers a literal path segment to a parameter', () => {
    expect(() =>
      schemas.check('GET', '/shipments/open', 200, [{ amount: '1.00', currency: 'EUR' }]),
    ).not.toThrow();
  });

  it('holds an error answer to the error body where its status is documented', () => {
    const notFound = { statusCode: 404, error: 'Not Found', message: 'shipment x not found' };
    expect(() => schemas.check('GET', '/shipments/x', 404, notFound)).not.toThrow();
    expect(() =>
      schemas.check('GET', '/shipments/x', 404, { ...notFound, currentStatus: 'PAID' }),
    ).not.toThrow();
    expect(() => schemas.check('GET', '/shipments/x', 404, { message: 'gone' })).toThrow(
      /must have required property 'statusCode'/,
    );
    // an operation the document lacks: a path no route has, answered 404 by the router
    expect(() => schemas.check('GET', '/nowhere', 404, { odd: true })).not.toThrow();
  });

  it('fails an error answer whose status the operation does not document', () => {
    // a client written against the document must know every status it can meet
    expect(() =>
      schemas.check('GET', '/shipments/x', 409, {
        statusCode: 409,
        error: 'Conflict',
        message: 'shipment x is PAID',
      }),
    ).toThrow(/GET \/shipments\/x → 409: \/shipments\/\{id\} documents no 409 response/);
    expect(() =>
      schemas.check('GET', '/shipments/x', 500, {
        statusCode: 500,
        message: 'Internal server error',
      }),
    ).toThrow(/documents no 500 response/);
  });

  it('names what is undocumented: the operation, the status, the JSON body', () => {
    expect(() => schemas.check('DELETE', '/shipments/x', 200, {})).toThrow(
      /DELETE \/shipments\/x → 200: the OpenAPI document has no such operation/,
    );
    expect(() => schemas.check('GET', '/shipments/x', 202, shipment)).toThrow(
      /documents no 202 response \(it documents 200, 404\)/,
    );
    expect(() => schemas.check('POST', '/shipments/x/dispatch', 201, shipment)).toThrow(
      /documents no JSON body for 201/,
    );
  });
});
