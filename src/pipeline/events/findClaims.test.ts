import { describe, expect, it } from 'vitest';
import { findClaims } from './findClaims.ts';

const values = (s: string) => findClaims(s).map((c) => `${c.about}: ${c.value}`);

describe('findClaims', () => {
  it('reads casualty counts however they are worded', () => {
    expect(values('On Monday, the Kremlin warned the United States after Moscow said a Ukrainian strike with a U.S. missile in annexed Crimea killed four people.')).toEqual(['killed: 4']);
    expect(values('According to official data, 153 people were injured.')).toEqual(['injured: 153']);
    expect(values('The conversation took place two days after four beachgoers, including two children, were killed during a Ukrainian missile strike in Crimea.')).toEqual(['killed: 4']);
    expect(values('Moscow condemned Kiev’s “barbaric” attack that also injured more than 150 people.')).toEqual(['injured: more than 150']);
  });

  it('keeps qualifiers and tells children from people', () => {
    expect(values('It says the attack was carried out by US-supplied ATACMS missiles and killed at least four and injured 151 people.')).toEqual(['killed: at least 4', 'injured: 151']);
    expect(values('In a rocket attack on Sevastopol, three people were killed, including two children, and around a hundred were wounded, said local governor.')).toEqual(['killed: 3', 'injured: about 100']);
    expect(values('At least two children were killed in an attack on Sevastopol on Sunday.')).toEqual(['children killed: at least 2']);
  });

  it('counts weapons fired', () => {
    expect(values('On June 23, the Armed Forces of Ukraine (AFU) fired five ATACMS missiles at Sevastopol.')).toEqual(['missiles: 5']);
  });

  it('is not fooled by numbers that count nothing harmed', () => {
    expect(values('Total of 130 combat clashes occur on battlefield in Ukraine during day.')).toEqual([]);
    expect(values('The ones recently sent to it have a longer range - up to 300 kilometers.')).toEqual([]);
  });
});
