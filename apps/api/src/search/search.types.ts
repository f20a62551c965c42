import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SearchKind } from './search.repository';

registerEnumType(SearchKind, { name: 'SearchKind', description: 'What a search hit is.' });

@ObjectType('TextMark', {
  description: 'A stretch of a text that answers the query: [start, end) in UTF-16 units.',
})
export class TextMark {
  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;
}

@ObjectType('SearchHit', { description: 'One record that answers a search, with the words found marked.' })
export class SearchHit {
  @Field(() => SearchKind)
  kind!: SearchKind;

  @Field(() => ID)
  id!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The matter to open: the hit itself, or the matter an option or an action serves.',
  })
  matterId!: string | null;

  @Field({ description: 'Its title or name (for an option, its text, cut around the words found).' })
  title!: string;

  @Field(() => [TextMark])
  titleMarks!: TextMark[];

  @Field(() => String, {
    nullable: true,
    description: 'Where the words were found when not in the title (a description), cut around them.',
  })
  excerpt!: string | null;

  @Field(() => [TextMark])
  excerptMarks!: TextMark[];

  @Field(() => String, {
    nullable: true,
    description: "What it belongs to: an option's or an action's matter, a person's participant.",
  })
  context!: string | null;

  @Field(() => Float, { description: 'Higher is a better answer; hits come best first.' })
  score!: number;
}
