/**
 * Symbol text, from the fifteenth session's probe: a reviewer who never saw the engine wrote 400
 * sentences of the field, read what symbol text showed and listed what would mislead.
 */
import { describe, expect, it } from 'vitest';
import { englishSymbolText } from '../helpers/symbolText';

const { ids, pic, crossed, symbolise } = englishSymbolText();

describe('senses the probe found misleading', () => {
  it('keeps court words apart from their everyday senses', () => {
    expect(ids('The doctor will check your hearing on Monday.', 'hearing')).toEqual(['1F442']);
    expect(ids('Your hearing is on Monday at the youth court.', 'hearing')).toEqual(['court-room']);
    expect(ids('You must not drink alcohol or take drugs while on your order.', 'order')).toEqual(['1F4C4']);
    expect(pic('Put your tablets in order of when to take them.', 'order')).toBeNull();
    expect(pic('Your phone needs a new cell battery.', 'cell')).toBeNull();
    expect(ids('You will be kept in a cell.', 'cell')).toEqual(['police-cell']);
    expect(pic('Keep the receipt in case you need to take it back.', 'case')).toBeNull();
    expect(pic('Keep your glasses in their case.', 'case')).toBeNull();
    expect(ids('Pack your case for the trip.', 'case')).toEqual(['1F9F3']);
  });

  it('pictures what the words mean together, or nothing', () => {
    expect(pic("Let's sit on the bank of the river.", 'bank')).toBeNull();
    expect(ids('Your money goes into the bank on Friday.', 'bank')).toEqual(['1F3E6']);
    expect(ids('Give your mum a bell when you get home.', 'bell')).toEqual(['1F4DE']);
    expect(ids('The nurse will draw some blood.', 'draw')).toEqual(['1FA78', '1F489']);
    expect(pic('You have to wear your tag at all times.', 'wear')).toBeNull();
    expect(ids('He passed his drug test.', 'drug test')).toEqual(['1F9EA']);
    expect(ids('Please turn off the light when you go to sleep.', 'go to sleep')).toEqual(['1F634']);
    expect(pic('I hit the roof when he took my phone.', 'hit the roof')).toBeNull();
    expect(pic("Who's been giving you grief?", 'giving you grief')).toBeNull();
    expect(pic('I left my charger at my mum\'s.', 'left')).toBeNull();
    expect(ids('The teacher did not see what happened.', 'see')).toEqual(['1F441']);
    expect(pic("Don't go live on TikTok from the home.", 'go live')).toBeNull();
    expect(pic("He's been chatting rubbish about you online.", 'chatting rubbish')).toBeNull();
  });
});

describe('where the not-mark goes, as the probe read it', () => {
  it('crosses out only what "instead of" replaces when it opens the sentence', () => {
    expect(crossed('Instead of hitting out, walk away and talk to someone.', 'hitting')).toBe(true);
    expect(crossed('Instead of hitting out, walk away and talk to someone.', 'talk')).toBe(false);
    expect(crossed('Come to the office instead of the park.', 'park')).toBe(true);
  });

  it('crosses out what was failed, refused or forgotten, not where it would have happened', () => {
    expect(crossed('Jordan failed to turn up to court on Monday.', 'turn up')).toBe(true);
    expect(crossed('Jordan failed to turn up to court on Monday.', 'court')).toBe(false);
    expect(crossed('She refused to take her medication on Tuesday and Wednesday.', 'medication')).toBe(true);
    expect(crossed('You forgot to take your tablets this morning.', 'tablets')).toBe(true);
    expect(crossed("Don't forget to take your tablets.", 'tablets')).toBe(false);
  });

  it('leaves times, where a rule holds and what was seen plain', () => {
    expect(crossed('You can use the kitchen, but not after midnight.', 'after')).toBe(false);
    expect(crossed('Your curfew will be 9 pm, not 7 pm.', '7 pm')).toBe(true);
    expect(crossed('Never give out your home address online.', 'online')).toBe(false);
    expect(crossed('Never give out your home address online.', 'home address')).toBe(true);
    expect(crossed('Do not contact Shane Doyle by phone, text or online.', 'online')).toBe(true);
    expect(crossed('Nobody saw him leave the house.', 'saw')).toBe(true);
    expect(crossed('Nobody saw him leave the house.', 'house')).toBe(false);
  });

  it('keeps losing your temper as what is denied', () => {
    expect(crossed('Sam did not lose his temper once at the meeting.', 'lose his temper')).toBe(true);
    expect(crossed('Try not to lose your temper.', 'lose your temper')).toBe(true);
  });

  it('reads "no one" as who did not, and "Can you…?" as a request', () => {
    expect(crossed('No one from school came to the meeting.', 'came')).toBe(true);
    expect(crossed('No one from school came to the meeting.', 'school')).toBe(false);
    expect(crossed('No one from school came to the meeting.', 'meeting')).toBe(false);
    expect(crossed('No one except your key worker can read your diary.', 'diary')).toBe(false);
    expect(pic('Can you turn your music down a bit?', 'Can')).toBeNull();
    expect(ids('You can see your mum on Saturday.', 'can')).toEqual(['2705']);
  });

  it('leaves what an accident would happen on plain, and reads a few more senses', () => {
    expect(crossed("Watch out, don't trip over the cables.", 'cables')).toBe(false);
    expect(ids('Draw a cross in the box if you agree.', 'cross')).toEqual(['274C']);
    expect(pic('Draw a cross in the box if you agree.', 'Draw')).toBeNull();
    expect(ids("Don't get cross with me.", 'cross')).toEqual(['1F620']);
    expect(pic('Are you still seeing that girl from college?', 'seeing')).toBeNull();
    expect(ids('The staff will play a game of pool with you.', 'play')).toEqual(['1F3B1']);
  });

  it('reads the fifty-fifth part\'s slang and circumstances', () => {
    expect(crossed("Mr Okafor says I'm not allowed back in lessons till Monday.", 'lessons')).toBe(true);
    expect(crossed("Don't take ibuprofen on an empty stomach, take it with food.", 'empty stomach')).toBe(false);
    expect(crossed("Don't take ibuprofen on an empty stomach, take it with food.", 'ibuprofen')).toBe(true);
    expect(ids("I'm proper bricking it.", 'bricking it')).toEqual(['1F628']);
    expect(pic('My foster carer Bev is well safe, she always picks me up from training.', 'safe')).toBeNull();
    expect(ids('You are safe here.', 'safe')).toEqual(['1F6E1']);
    expect(pic('Your co-defendant lives there.', 'co-defendant')).toBeNull();
  });

  it('pictures everyday words from the fifty-fifth part', () => {
    expect(ids('My phone is dead, can I charge it?', 'dead')).toEqual(['1FAAB']);
    expect(pic('My grandad is dead.', 'grandad')).not.toBeNull();
    expect(ids("I'm buzzing for the trip.", 'buzzing')).toEqual(['1F600']);
    expect(pic('My phone is buzzing.', 'buzzing')).toBeNull();
    expect(ids("I'm skint till payday.", 'payday')).toEqual(['1F4C5', '1F4B7']);
  });

  it('pictures words labellers agree on, in the sense the sentence selects', () => {
    expect(ids('Press the buzzer if you feel ill.', 'Press')).toEqual(['E10C']);
    expect(pic('Do you want to press charges?', 'press')).toBeNull();
    expect(ids('Wear something smart for court.', 'smart')).toEqual(['1F454']);
    expect(pic('She is really smart.', 'smart')).toBeNull();
    expect(ids('Officers may take a swab from inside your cheek.', 'cheek')).toEqual(['dna-swab']);
    expect(pic("Don't give me cheek.", 'cheek')).toBeNull();
    expect(pic("I've been feeling blue.", 'blue')).toBeNull();
    expect(ids('Your prescription is ready to collect.', 'ready')).toEqual(['2705']);
    expect(pic('Are you ready to talk?', 'ready')).toBeNull();
    expect(pic('Police in uniform came to the door.', 'uniform')).toBeNull();
  });

  it('keeps "inside" for home and "came back" for coming home', () => {
    expect(pic('Hats and hoods must be taken off inside the school.', 'inside')).toBeNull();
    expect(ids('Stay inside the house after 7pm.', 'inside')).toEqual(['1F3E0']);
    expect(pic('The test came back negative.', 'came back')).toBeNull();
    expect(ids('Come back by 9.', 'Come back')).toEqual(['21AA']);
  });

  it('keeps the placement plain when nobody may throw you out of it', () => {
    expect(crossed("They can't just kick you out of your placement.", 'placement')).toBe(false);
    expect(crossed("Don't kick the ball at the windows.", 'ball')).toBe(true);
  });

  it('crosses the coming, not where it was to, when someone else did not come', () => {
    expect(crossed('The victim will not come to court, but she has written a statement.', 'court')).toBe(false);
    expect(crossed('The victim will not come to court, but she has written a statement.', 'come')).toBe(true);
    expect(crossed("Kayden didn't turn up to the meeting on Monday.", 'meeting')).toBe(false);
    expect(crossed("You didn't come to school on Monday.", 'school')).toBe(true);
  });

  it('reads "no contact with" someone as getting in touch, not family time', () => {
    expect(ids("You're not to have any contact with Liam Price, directly or through friends.", 'contact')).toEqual(['1F4F1', '1F4AC']);
    expect(ids('You will have contact with your mum every Saturday.', 'contact')).toEqual(['family-time']);
  });

  it('reads a short form written without its apostrophe, and never stops on one before a comma', () => {
    // the second probe: "cant, got football" threw inside the tagger (no dictionary form for "cant,")
    expect(() => symbolise('cant, got football')).not.toThrow();
    expect(() => symbolise('wont, got work')).not.toThrow();
    expect(crossed('dont go to the park', 'park')).toBe(true);
    expect(crossed('im on tag so i cant come out after 7', 'come out')).toBe(true);
    expect(pic('you cant go to the park', 'cant')).toBeNull();
  });

  it('reads the second probe\'s rules and senses', () => {
    expect(crossed('He got barred from the shop for stealing.', 'shop')).toBe(true);
    expect(crossed('Stay away from the estate and stay at home tonight.', 'estate')).toBe(true);
    expect(crossed('Stay away from the estate and stay at home tonight.', 'stay')).toBe(false);
    expect(pic('He must not play games with an age rating above 16.', 'age rating')).toBeNull();
    expect(ids('Cross the road at the lights.', 'lights')).toEqual(['1F6A6']);
    expect(ids('My mum gave me a ring for my birthday.', 'ring')).toEqual(['1F48D']);
    expect(ids('Ring me later.', 'Ring')).toEqual(['1F4DE']);
  });
});
