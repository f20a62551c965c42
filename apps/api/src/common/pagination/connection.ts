import { type Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, Max, Min } from 'class-validator';
import { AppError } from '../errors/app-error';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export const MAX_PAGE_SIZE = 500;
export const DEFAULT_PAGE_SIZE = 100;

/** Relay cursor arguments: `first`/`after` walk forward, `last`/`before` backward. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `At most ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when neither first nor last is given.`,
  })
  @IsOptional()
  @Min(0, { message: 'first cannot be negative.' })
  @Max(MAX_PAGE_SIZE, { message: `first can be at most ${MAX_PAGE_SIZE}.` })
  first?: number;

  @Field(() => String, { nullable: true })
  after?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0, { message: 'last cannot be negative.' })
  @Max(MAX_PAGE_SIZE, { message: `last can be at most ${MAX_PAGE_SIZE}.` })
  last?: number;

  @Field(() => String, { nullable: true })
  before?: string;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Declares `<Name>Connection` and `<Name>Edge` object types for a node type. */
export function ConnectionType<T>(node: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionObject {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list holds, across pages.' })
    totalCount!: number;
  }
  return ConnectionObject;
}

const encodeCursor = (id: string) => Buffer.from(`id:${id}`).toString('base64url');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The id a cursor names; a cursor that names none is the client's mistake, told as such. */
export function cursorId(cursor: string, field: string): string {
  const decoded = Buffer.from(cursor, 'base64url').toString();
  const id = decoded.startsWith('id:') ? decoded.slice(3) : '';
  if (!UUID.test(id)) throw notInList(field);
  return id;
}

export const notInList = (field: string) =>
  new AppError(
    'BAD_USER_INPUT',
    `The cursor given in "${field}" does not point into this list; start again without it.`,
    {
      field,
    },
  );

/** A page of nodes in list order, with where it stands in the whole list. */
export function connectionOf<T extends { id: string }>(
  nodes: T[],
  at: { totalCount: number; hasPreviousPage: boolean; hasNextPage: boolean },
): Connection<T> {
  const edges = nodes.map((node) => ({ cursor: encodeCursor(node.id), node }));
  return {
    edges,
    totalCount: at.totalCount,
    pageInfo: {
      hasPreviousPage: at.hasPreviousPage,
      hasNextPage: at.hasNextPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

function cursorIndex<T extends { id: string }>(items: T[], cursor: string, field: string): number {
  const id = cursorId(cursor, field);
  const index = items.findIndex((item) => item.id === id);
  if (index < 0) throw notInList(field);
  return index;
}

/**
 * Pages an already ordered list. A cursor names an item (not an offset), so a page boundary stays put when items
 * are added elsewhere in the list. Lists here are one process's worth of rows, ordered by rules computed in memory
 * (readiness, health), which is why paging happens after loading rather than in SQL. A list that grows without
 * bound (an inbox) pages in SQL instead, with the same cursors (`cursorId`, `connectionOf`).
 */
export function paginate<T extends { id: string }>(items: T[], args: PageArgs): Connection<T> {
  let start = 0;
  let end = items.length;
  if (args.after) start = cursorIndex(items, args.after, 'after') + 1;
  if (args.before) end = cursorIndex(items, args.before, 'before');
  if (end < start) end = start;
  if (args.first !== undefined && args.first !== null) end = Math.min(end, start + args.first);
  if (args.last !== undefined && args.last !== null) start = Math.max(start, end - args.last);
  if (args.first == null && args.last == null) end = Math.min(end, start + DEFAULT_PAGE_SIZE);
  return connectionOf(items.slice(start, end), {
    totalCount: items.length,
    hasPreviousPage: start > 0,
    hasNextPage: end < items.length,
  });
}
