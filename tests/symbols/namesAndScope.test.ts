/**
 * Symbol text, from the eleventh session's fresh parts: names that are words, senses chosen by
 * the sentence, what a denial keeps, and where a "keep away" or a "stop" ends.
 */
import { describe, expect, it } from 'vitest';
import { englishSymbolText } from '../helpers/symbolText';

const { symbolise, find, pic, ids, crossed } = englishSymbolText();

describe('names that are words', () => {
  it('shows no picture over a first name inside a sentence, or opening one before what follows a name', () => {
    expect(pic('Your CAMHS worker, Faith, can see you at college.', 'Faith')).toBeNull();
    expect(pic('You are not to contact Hope Turner or her brother.', 'Hope')).toBeNull();
    expect(pic('Hope will go through the letter with you.', 'Hope')).toBeNull();
    expect(pic('Drew said the meeting went well.', 'Drew')).toBeNull();
    // the word itself, and a season after a word of time, keep their pictures
    expect(pic('I hope you feel better soon.', 'hope')).not.toBeNull();
    expect(pic('Hope you have a good day.', 'Hope')).not.toBeNull();
    expect(pic('Last Summer you went to the seaside.', 'Summer')).not.toBeNull();
  });

  it('shows no picture over a surname that is a word, after a first name', () => {
    expect(pic('You must not contact Jordan Price while you are on bail.', 'Price')).toBeNull();
    expect(pic('You are not to contact Hope Turner or her brother.', 'Turner')).toBeNull();
    // a price is still a price
    expect(pic('Check the price before you buy it.', 'price')).not.toBeNull();
  });

  it('reads Boots inside a sentence as the chemist, not a boot', () => {
    const boots = ids('Collect your prescription from Boots on Saturday.', 'Boots');
    expect(boots).toEqual(ids('Collect your prescription from the pharmacy on Saturday.', 'pharmacy'));
    expect(ids('Put your muddy boots by the back door.', 'boots')).not.toEqual(boots);
  });
});

describe('senses the sentence decides', () => {
  it('reads a book in the library as a book, and booking someone in as no custody desk', () => {
    const book = ids('You can read a book in the library.', 'book');
    expect(book.length).toBeGreaterThan(0);
    expect(book).not.toEqual(ids('When you arrive at the police station, the custody sergeant will book you in.', 'book'));
    expect(pic('The dentist has a cancellation on Tuesday, so I have booked you in.', 'booked')).toBeNull();
  });

  it('lifting a curfew is no lift in a car; a working alarm is no job; an office safe is locked', () => {
    expect(pic('As long as you are home by 9 pm each night, the court may lift your curfew.', 'lift')).toBeNull();
    expect(ids('Ask your carer for a lift home from school.', 'lift').length).toBeGreaterThan(0);
    expect(pic('Charge your phone overnight so your alarm works in the morning.', 'works')).toBeNull();
    expect(pic('Ask how the new tablets are working.', 'working')).toBeNull();
    expect(ids('Your mobile stays in the office safe until home time.', 'safe')).not.toEqual(ids('You are safe here.', 'safe'));
  });

  it('an answer waited for is said, even beside a door; "contact" after "not to" is getting in touch', () => {
    expect(ids('Adults knock and wait for your answer before opening your bedroom door.', 'answer')).not.toEqual(ids('Answer the door when the bell rings.', 'answer'));
    const contact = ids('You are not to contact Hope Turner or her brother in any way.', 'contact');
    expect(contact).not.toEqual(ids('Contact with your brother happens at the family centre.', 'contact'));
  });
});

describe('senses from the 25th and 26th parts', () => {
  it('a hearing after a time is in court; a letter arrives in the post; money goes out of an account', () => {
    expect(ids("Come to your ten o'clock hearing.", 'hearing')).toEqual(ids('Your hearing is on Monday.', 'hearing'));
    expect(ids("Come to your ten o'clock hearing.", 'hearing')).not.toEqual(ids('The nurse will test your hearing.', 'hearing'));
    expect(ids('A court letter arrived on Saturday.', 'arrived')).not.toEqual(ids('Your social worker arrived at ten.', 'arrived'));
    expect(ids('Check your banking app on the 5th, when £12 goes out for your phone.', 'goes out')).not.toEqual(ids('Tell staff when she goes out.', 'goes out'));
  });

  it('shows nothing for a figure of speech a picture would take literally', () => {
    expect(pic('Owning up at the start can knock a third off your sentence.', 'knock')).toBeNull();
    expect(pic('An officer will swab inside your cheek.', 'inside')).toBeNull();
    expect(pic('Your trial shift at the café starts at midday.', 'trial')).toBeNull();
    expect(pic('The GP will run some blood tests on Monday.', 'run')).toBeNull();
    expect(pic('Fill a suitcase tonight with your things.', 'Fill')).toBeNull();
    expect(pic('Follow the rules.', 'Follow')).toBeNull();
    // the plain senses stay
    expect(pic('Your trial starts on Monday at the Crown Court.', 'trial')).not.toBeNull();
  });

  it('following a profile is social media; a wet towel is water, not rain; a little secret is a secret', () => {
    expect(ids('Turn your profile to private so only real mates can follow you.', 'follow')).not.toEqual(ids('The older boys followed her home.', 'followed'));
    expect(ids('Hang your wet towel on the rail.', 'wet')).not.toEqual(ids('It is a wet day, so take a coat.', 'wet'));
    expect(ids('If a grown-up says this is our little secret, tell Gemma.', 'little secret')).toEqual(ids('Never keep a secret from your carers.', 'secret'));
  });
});

describe('what a denial forbids', () => {
  it('forbids the leaving, not where from ("Leaving the school site is against the rules")', () => {
    const t = symbolise('Leaving the school site at lunchtime is against the rules.');
    expect(find(t, 'Leaving')!.negated).toBe(true);
    expect(find(t, 'school')!.negated).toBeFalsy();
    expect(find(symbolise('Going to the park after dark is against the rules.'), 'park')!.negated).toBe(true);
  });

  it('keeps what a denied verb would get rid of plain ("do not delete any messages")', () => {
    expect(crossed('Do not delete any messages until the police return your phone.', 'messages')).toBe(false);
    expect(find(symbolise('Never throw away your bail letter.'), 'letter')!.negated).toBeFalsy();
    // a thing forbidden is still crossed out
    expect(crossed('Do not send any messages to the witness.', 'messages')).toBe(true);
  });

  it('leaves the app or device plain after a thing forbidden ("never post your address on Snapchat")', () => {
    expect(crossed('Please never post your address on Snapchat.', 'address')).toBe(true);
    expect(find(symbolise('Please never post your address on Snapchat.'), 'Snapchat')!.negated).toBeFalsy();
    expect(find(symbolise("Don't buy games on your phone without asking."), 'phone')!.negated).toBeFalsy();
    // with nothing forbidden before it, going on the phone is what is forbidden
    expect(crossed("Don't go on your phone after 9 pm.", 'phone')).toBe(true);
  });

  it('crosses out what a medicine must not be mixed with, not the medicine, nor the medicine one is "on"', () => {
    const t = symbolise('Do not mix your medication with alcohol or other drugs.');
    expect(find(t, 'alcohol')!.negated).toBe(true);
    expect(find(t, 'drugs')!.negated).toBe(true);
    expect(find(t, 'medication')!.negated).toBeFalsy();
    const on = symbolise("Don't drink on these tablets.");
    expect(find(on, 'drink')!.negated).toBe(true);
    expect(find(on, 'tablets')!.negated).toBeFalsy();
  });

  it('shows no picture for the one named after "even" in a prohibition ("to anyone, even a friend")', () => {
    const t = symbolise('Never give your PIN number to anyone, even a friend.');
    expect(pic('Never give your PIN number to anyone, even a friend.', 'friend')).toBeNull();
    expect(find(t, 'friend')!.negated).toBe(true);
    // "even if" opens a clause of its own
    expect(pic("You shouldn't share your medication with anyone, even if a friend says they feel ill.", 'friend')).not.toBeNull();
  });

  it('keeps you away from a place with a distance between keep and away', () => {
    expect(crossed('Keep at least 200 metres away from Kelsey Park.', 'Kelsey Park')).toBe(true);
    expect(crossed('Stay a mile away from the school.', 'school')).toBe(true);
  });

  it('ends a "stop …" at "and" and the next thing to do', () => {
    const t = symbolise('If your medicine makes you feel sick, stop taking it and ring the surgery.');
    expect(find(t, 'surgery')!.negated).toBeFalsy();
    expect(find(t, 'ring')!.negated).toBeFalsy();
    expect(find(symbolise('Stop drinking and smoking.'), 'smoking')!.negated).toBe(true);
  });

  it('reads a time by its own night, not "the night before"', () => {
    expect(ids('Pack your PE kit the night before, because the minibus leaves at 7.50.', '7.50')).toEqual(['clock:07:50']);
    expect(ids("Have nothing but water from ten o'clock the night before.", "ten o'clock")).toEqual(['clock:22:00']);
    expect(ids('Be home by 9 every night.', '9')).toEqual(['clock:21:00']);
  });
});

describe('from the 28th and 29th parts', () => {
  it('a "not guilty" plea forbids nothing', () => {
    const t = symbolise('A not guilty plea usually means a trial in June.');
    expect(t.some((x) => x.negated)).toBe(false);
    expect(find(t, 'trial')!.picture).not.toBeNull();
  });

  it('reads what breaks a rule, what sends you home and what is within a mile as forbidden', () => {
    expect(crossed('Swearing at staff breaks the rules at Hillside Academy.', 'Swearing')).toBe(true);
    expect(crossed('Hillside Academy sent you home today.', 'Hillside Academy')).toBe(true);
    expect(find(symbolise('Your carer sent you home early.'), 'carer')!.negated).toBeFalsy();
    expect(crossed('You cannot go within a mile of Riverside Shopping Centre.', 'Riverside Shopping Centre')).toBe(true);
  });

  it('leaves plain what is only left ("leave the cell") and what you need not do shows nothing', () => {
    expect(find(symbolise('You cannot leave the cell until the sergeant says so.'), 'cell')!.negated).toBeFalsy();
    const t = symbolise('Turning eighteen does not mean you must leave Elm Lodge straight away.');
    expect(t.some((x) => x.negated)).toBe(false);
    expect(pic('Turning eighteen does not mean you must leave Elm Lodge straight away.', 'must')).toBeNull();
    expect(pic('Turning eighteen does not mean you must leave Elm Lodge straight away.', 'leave')).toBeNull();
  });

  it('reads a shop by its kind ("Smile Dental") and phrases by their meaning', () => {
    expect(ids('Your check-up at Smile Dental is on Wednesday.', 'Smile Dental')).toEqual(ids('Go to the dental check.', 'dental'));
    expect(ids('Has anyone at the chicken shop asked you to hold drugs?', 'chicken shop')).not.toEqual(ids('We are having chicken for tea.', 'chicken'));
    expect(ids('Use the egg timer so you brush for two minutes.', 'egg timer')).not.toEqual(ids('Boil an egg for breakfast.', 'egg'));
    expect(pic('Looking back, did meeting the victim feel scary?', 'Looking back')).toBeNull();
  });

  it('senses: "like" meaning "such as", potato beds, evening tea, hands you, sit in a box or sit in on a visit', () => {
    expect(pic('Tell the officer you want an appropriate adult, like your aunt Rita.', 'like')).toBeNull();
    expect(pic('I like football.', 'like')).not.toBeNull();
    expect(ids('Help the gardeners dig potato beds.', 'beds')).not.toEqual(ids('Your bed has clean sheets.', 'bed'));
    expect(ids('With your evening tea, swallow one of the white tablets.', 'tea')).not.toEqual(ids('Would you like some tea with milk and sugar?', 'tea'));
    expect(pic('Count the change the cashier hands you.', 'hands')).toBeNull();
    expect(pic('No phones in lessons: they sit in a locked box at reception.', 'sit')).toBeNull();
    expect(pic('A trained volunteer will sit in when you see your dad.', 'sit')).toBeNull();
    expect(pic('You can sit in the library at break.', 'sit')).not.toBeNull();
  });

  it('figures of speech with a verb: no picture, or the one the sentence means', () => {
    expect(pic('Your adviser will help you open a bank account.', 'open')).toBeNull();
    expect(pic('The nurse will weigh you and see how tall you have grown.', 'see')).toBeNull();
    expect(pic('Report any account that leaves you feeling scared.', 'leaves')).toBeNull();
    expect(pic('Your Universal Credit arrives every two weeks.', 'arrives')).toBeNull();
    expect(pic('Officers are still looking into the burglary.', 'looking into')).toBeNull();
    expect(pic('Kissing needs both people to agree every single time.', 'time')).toBeNull();
    expect(pic('You can ring Childline at any time.', 'time')).not.toBeNull();
    expect(ids('When the judge walks in, everybody gets up.', 'gets up')).not.toEqual(ids('You get up at seven on school days.', 'get up'));
    expect(ids('Your uniform goes through the wash on Sunday.', 'wash')).not.toEqual(ids('Wash before school.', 'Wash'));
    expect(pic('Do not run away if a police car pulls up next to you.', 'run away')).toBeNull();
    expect(pic('If you run away, we will tell the police you are missing.', 'run away')).not.toBeNull();
    expect(ids('Did anyone explain what guilty means?', 'means')).not.toEqual(ids('Your brother was mean to you.', 'mean'));
  });
});

describe('from the 30th and 31st parts', () => {
  it('crosses out a car you must never get in, and what is only said of the past after "and" is plain', () => {
    expect(crossed("Never get in a stranger's car.", 'car')).toBe(true);
    const t = symbolise('The bench avoided custody and made a referral order lasting twelve months.');
    expect(find(t, 'custody')!.negated).toBe(true);
    expect(find(t, 'referral order')!.negated).toBeFalsy();
    expect(find(symbolise("Don't drink and drive."), 'drive')!.negated).toBe(true);
  });

  it('hides who is named after "anyone from" and stops a "stop" at "now"', () => {
    expect(pic('You must not contact Reece Jones or anyone from his family.', 'family')).toBeNull();
    expect(find(symbolise('Stop messaging Kayla now; she has asked you to leave her alone.'), 'now')!.negated).toBeFalsy();
  });

  it('draws "three in the morning" as one night-time clock, with no sunrise', () => {
    expect(ids('Duty solicitors give free legal advice, even at three in the morning.', 'three in the morning')).toEqual(['clock:03:00']);
    expect(ids('Be up at seven in the morning.', 'morning').length).toBeGreaterThan(0);
  });

  it('senses: a fine after an amount, glasses of water, travel abroad, a bench you sit on, handcuffs put on', () => {
    const t = symbolise('Magistrates gave you a £60 fine, but paying £5 a fortnight is fine with them.');
    const fines = t.filter((x) => x.text === 'fine').map((x) => (x.picture && 'ids' in x.picture ? x.picture.ids.join('+') : ''));
    expect(fines[0]).not.toEqual(fines[1]);
    expect(ids('Try to drink six glasses of water a day.', 'glasses')).not.toEqual(ids('Tell the sergeant if you need medicine, glasses or a drink of water.', 'glasses'));
    expect(ids('You cannot travel abroad until the trial.', 'travel')).not.toEqual(ids('You can travel to college by bus.', 'travel'));
    expect(ids('Your solicitor sits beside you on the bench in court.', 'bench')).not.toEqual(ids('The bench will decide your sentence.', 'bench'));
    expect(pic('Were you hurt when the officers put handcuffs on you?', 'put')).toBeNull();
  });
});

describe("the second review's findings", () => {
  it('a leaving in an earlier sentence does not stop a later rule', () => {
    expect(crossed('You must not leave the house after 7pm. Carrying a knife is illegal.', 'knife')).toBe(true);
    expect(crossed('Do not leave the unit. Swearing at staff breaks the rules.', 'Swearing')).toBe(true);
  });

  it('"don\'t take off your tag" shows the tag plain and nothing crossed; "get rid of" keeps too', () => {
    const t = symbolise("Don't take off your tag.");
    expect(t.some((x) => x.picture && 'ids' in x.picture && x.picture.modifier === 'not')).toBe(false);
    expect(pic("Don't take off your tag.", "Don't")).toBeNull();
    expect(find(symbolise('Never get rid of the letter from your solicitor.'), 'letter')!.negated).toBeFalsy();
  });

  it('mixing keeps only a medicine plain', () => {
    const a = symbolise('Do not mix alcohol with your tablets.');
    expect(find(a, 'alcohol')!.negated).toBe(true);
    expect(find(a, 'tablets')!.negated).toBeFalsy();
    const b = symbolise('Never mix drugs with alcohol.');
    expect(find(b, 'drugs')!.negated).toBe(true);
    expect(find(b, 'alcohol')!.negated).toBe(true);
  });

  it('"on" a medicine is "while taking it" only after drinking, driving and the like', () => {
    expect(find(symbolise('Never overdose on pills.'), 'pills')!.negated).toBe(true);
    expect(find(symbolise('Do not go on the tablets your friend gives you.'), 'tablets')!.negated).toBe(true);
  });

  it('a noun after "and" is one more thing stopped; "and hand it in" is the next thing to do', () => {
    expect(find(symbolise("Stop making threats and calls to Leah's family."), 'calls')!.negated).toBe(true);
    expect(find(symbolise('Stop carrying a knife and hand it in at the police station.'), 'police station')!.negated).toBeFalsy();
  });

  it('what breaks the rules keeps each part of a list with "at" in it', () => {
    const t = symbolise('Shouting at your carers or smashing things breaks the rules.');
    expect(find(t, 'Shouting')!.negated).toBe(true);
    expect(find(t, 'smashing')!.negated).toBe(true);
  });

  it('only a school that sends you home has excluded you, and not when you were unwell', () => {
    expect(find(symbolise('The hospital sent you home after the scan.'), 'hospital')!.negated).toBeFalsy();
    expect(find(symbolise('The school sent you home because you were unwell.'), 'school')!.negated).toBeFalsy();
    expect(crossed('Hillside Academy sent you home today.', 'Hillside Academy')).toBe(true);
  });

  it('Boots is the chemist only as a place; a device stays crossed when nothing else shows', () => {
    expect(ids('Do not wear: Trainers, Boots or hoodies in court.', 'Boots')).toEqual(ids('Put your boots on.', 'boots'));
    expect(crossed('You must not make threats on social media.', 'social media')).toBe(true);
    expect(find(symbolise('Stop chatting to Marcus on the game.'), 'game')!.negated).toBeFalsy();
  });

  it('keeps you away at a distance said in words', () => {
    expect(crossed('Keep five hundred metres away from the school.', 'school')).toBe(true);
    expect(crossed('Stay well away from the park.', 'park')).toBe(true);
  });
});

