/**
 * Symbol text, from the thirteenth session's fresh parts: more ways of saying that something is
 * forbidden or did not happen ("No going near…", "stopped taking", "was never opened", "fell
 * through", "found nothing", "should have told"), what is not denied with it, and words whose
 * sense or time the sentence decides.
 */
import { describe, expect, it } from 'vitest';
import { englishSymbolText } from '../helpers/symbolText';

const { pic, ids, crossed } = englishSymbolText();

describe('rules said with "no" and "stop"', () => {
  it('reads "No" before a doing as "don\'t do": what it is done to is crossed out', () => {
    expect(crossed('No going near the Co-op on Dale Street.', 'Co-op')).toBe(true);
    expect(crossed('No riding the trams after the fight.', 'trams')).toBe(true);
    // a thing after "no" is still the thing, and a place after it is where
    const phones = 'No phones in the room.';
    expect(crossed(phones, 'phones')).toBe(true);
    expect(crossed(phones, 'room')).toBe(false);
  });

  it('crosses out who is not allowed, and not the rule or the time ("no visitors after 9 pm")', () => {
    const rule = 'The home has a no-visitors rule after 9 pm.';
    expect(crossed(rule, 'visitors')).toBe(true);
    expect(crossed(rule, 'rule')).toBe(false);
    expect(crossed('No visitors after 9 pm.', 'after')).toBe(false);
    expect(crossed('No friends in your room.', 'room')).toBe(false);
    // "No adult should…" still reads as "nobody": what they may not do is crossed out
    expect(crossed('No adult should ask you to keep a secret.', 'secret')).toBe(true);
  });

  it('reads "please stop" and "you stopped" as stopping, and what "without" leaves out after a past stopping', () => {
    expect(crossed('Please stop vaping, because it makes your chest worse.', 'vaping')).toBe(true);
    expect(pic('Please stop vaping, because it makes your chest worse.', 'stop')).toBeNull();
    const past = 'You stopped taking your tablets without telling anyone.';
    expect(crossed(past, 'tablets')).toBe(true);
    expect(crossed(past, 'telling')).toBe(true);
    // not a conditional, and "don't stop" is no stopping
    expect(crossed('If you stop taking your tablets, ring us.', 'tablets')).toBe(false);
    expect(crossed("Don't stop taking your tablets.", 'tablets')).toBe(false);
  });

  it('reads "never without" as a must: what follows is required, not crossed out', () => {
    const text = 'You can step out, but never without showing your card to the teacher.';
    expect(crossed(text, 'showing')).toBe(false);
    expect(pic(text, 'never')).toBeNull();
  });

  it('crosses out a time said twice after "not" ("not first thing in the morning")', () => {
    const text = 'Have your shower at night, not first thing in the morning.';
    expect(crossed(text, 'morning')).toBe(true);
    expect(crossed(text, 'night')).toBe(false);
  });
});

describe('what a second reviewer found worse, now right', () => {
  it('keeps "No going…" crossed out, and leaves where the rule holds plain', () => {
    expect(crossed('No going out after 7 in the evening.', 'going')).toBe(true);
    expect(crossed('No drinking on the bus.', 'bus')).toBe(false);
    expect(crossed('No vaping on the school site.', 'school')).toBe(false);
    expect(crossed('No gaming on your mobile in the courtroom.', 'mobile')).toBe(true);
    expect(crossed('No going to the skate park after dark.', 'after dark')).toBe(false);
    expect(crossed('No lending or borrowing money from other young people.', 'money')).toBe(true);
    expect(crossed('No leaving the house without telling staff.', 'house')).toBe(false);
    expect(crossed('No leaving the house without telling staff.', 'telling')).toBe(false);
    // who it is done to keeps their picture, plain
    expect(ids('No shouting at staff.', 'staff').length).toBeGreaterThan(0);
    expect(crossed('No shouting at staff.', 'staff')).toBe(false);
  });

  it('keeps the stop sign where the doing has no picture, and the object of a past stopping plain', () => {
    expect(ids('Please stop kicking the door.', 'stop')).toEqual(['1F6D1']);
    expect(crossed('Please stop kicking the door.', 'door')).toBe(false);
    const past = 'You stopped answering your phone on Friday.';
    expect(crossed(past, 'answering')).toBe(true);
    expect(crossed(past, 'phone')).toBe(false);
  });

  it('keeps what was not opened or read out: the letter, the charges', () => {
    expect(crossed('The letter was never opened.', 'letter')).toBe(false);
    expect(crossed("The charges weren't read out in court.", 'charges')).toBe(false);
    expect(crossed("The door wasn't opened until 9.", 'door')).toBe(false);
    expect(crossed("Your views weren't read out at the review.", 'review')).toBe(false);
  });

  it('reads "back by 9" as the evening, and a report that goes to court as a paper', () => {
    expect(ids('Be back by 9 and let staff know.', '9')).toEqual(['clock:21:00']);
    expect(ids('Your report will go to the court.', 'report')).toEqual(['1F4C4']);
    expect(ids('Skipping two sessions in a row gets reported to the judge.', 'reported')).toEqual(['1F5E3']);
  });
});

describe('what did not happen', () => {
  it('crosses out what was never made, with the making; not what only was not changed or paid', () => {
    expect(crossed('Your savings account was never opened because the ID check failed.', 'savings account')).toBe(true);
    expect(crossed("Your bail wasn't changed.", 'bail')).toBe(false);
    expect(crossed("The bill wasn't paid in August.", 'bill')).toBe(false);
  });

  it('crosses out a plan that fell through, and a finding that found nothing', () => {
    expect(crossed('The boxing club placement fell through because the coach left.', 'boxing club')).toBe(true);
    expect(crossed('Officers searched you and found nothing, so they let you go.', 'found')).toBe(true);
    expect(crossed('Officers searched you and found nothing, so they let you go.', 'searched')).toBe(false);
    // a scan that showed nothing broken did show
    expect(crossed('The scan on your knee showed nothing broken.', 'showed')).toBe(false);
  });

  it('crosses out what should have happened, and only that', () => {
    const text = 'The school should have told us about the detentions sooner.';
    expect(crossed(text, 'told')).toBe(true);
    expect(crossed(text, 'school')).toBe(false);
    expect(crossed("You owed him money. You should've told us straight away.", 'told')).toBe(true);
    // "should have" before a thing is having it
    expect(crossed('You should have pocket money of £12 a week.', 'pocket money')).toBe(false);
  });

  it('after "nobody told you", crosses out the telling, not what it was about, and hides who was not told', () => {
    const text = 'Nobody explained the homework properly, so you got a detention.';
    expect(crossed(text, 'explained')).toBe(true);
    expect(crossed(text, 'homework')).toBe(false);
    expect(pic('The clinic is free, and nobody tells your carers.', 'carers')).toBeNull();
  });

  it('crosses out nothing that was not deserved: the messages were sent', () => {
    expect(crossed("You didn't deserve any of those messages.", 'messages')).toBe(false);
  });
});

describe('senses and times the sentence decides', () => {
  it('reads a particle before "your" or "the" as opening a place ("fill the hole in your tooth")', () => {
    expect(ids('The dentist wants to fill the hole in your back tooth.', 'fill')).toEqual([]);
    expect(ids('Fill the form in by Friday.', 'fill')).toContain('270D');
  });

  it('pictures leaves on the ground, a legal case, a rule made less strict and a report to the court', () => {
    expect(ids('Unpaid work means sweeping leaves in the park.', 'leaves')).toEqual(['1F342']);
    expect(ids("Your phone won't come back until the case is finished.", 'case')).toEqual(['1F4C1']);
    expect(pic('Your solicitor will ask the magistrates to relax your bail.', 'relax')).toBeNull();
    expect(ids('Dev would have to report it to the court.', 'report')).toEqual(['1F5E3']);
    expect(ids('You must report to the police station every Monday.', 'report')).not.toEqual(['1F5E3']);
  });

  it('shows no walking for a thing that "goes", and no house for where phones "live"', () => {
    expect(pic('Bus goes at 7.52 sharp.', 'goes')).toBeNull();
    expect(pic('Dirty washing goes in the laundry bag.', 'goes')).toBeNull();
    expect(ids('He goes to the gym at 6.', 'goes')).toEqual(['1F6B6']);
    expect(pic('Phones live in your locker during lessons.', 'live')).toBeNull();
    expect(ids('Where do you live?', 'live')).toEqual(['1F3E0']);
  });

  it('shows nothing for "nearly" and for feelings that "came out", and a class for a tutor\'s form', () => {
    expect(pic('Your bail was nearly pulled.', 'nearly')).toBeNull();
    expect(pic('You kept it bottled up, and it all came out on Sunday.', 'came out')).toBeNull();
    expect(ids('£15 a month comes out of your account for your phone.', 'comes out')).toEqual(['1F4B8']);
    expect(ids("You will be in Mr Doyle's form, with lessons in the science block.", 'form')).toEqual(['1F3EB']);
    expect(ids('Fill in the form and hand it in.', 'form')).toEqual(['1F4C4']);
  });

  it('puts a bare hour after an evening time later that evening', () => {
    expect(ids("Tea's at 6, then homework, then you can game till 9.", '9')).toEqual(['clock:21:00']);
    expect(ids('Get up at 7, then breakfast at 8.', '8')).toEqual(['clock:08:00']);
    expect(ids('You must get up at 7 for school.', '7')).toEqual(['clock:07:00']);
  });
});

describe('from the forty-second and forty-third parts', () => {
  it('makes no promise out of a maybe ("won\'t automatically mean"), and steps over "really"', () => {
    // a second reviewer: crossing out the prison would promise "you won't go to prison"
    const maybe = "Going to court won't automatically mean you go to prison.";
    expect(crossed(maybe, 'prison')).toBe(false);
    expect(crossed(maybe, 'mean')).toBe(true);
    expect(crossed("Being upset doesn't really mean you did anything wrong.", 'wrong')).toBe(true);
    expect(crossed("It won't mean you get locked up again.", 'again')).toBe(false);
  });

  it('crosses out what is not needed, and a payment that did not go through', () => {
    expect(crossed("Wear something smart to court; you don't need a suit.", 'suit')).toBe(true);
    // only the thing: not what it is for, nor a thing whose first word shows nothing
    expect(crossed("You don't need a phone to come to the youth club.", 'come')).toBe(false);
    expect(crossed("You don't need any special clothes for the gym.", 'clothes')).toBe(false);
    expect(crossed("You don't need to bring anything.", 'bring')).toBe(false);
    expect(crossed("The PayPal payment of £30 didn't go through, so don't send it again.", 'payment')).toBe(true);
  });

  it('reads "so stop panicking" and "it can stop you waking up" as stopping', () => {
    expect(crossed("The judge can't send you to jail for that, so stop panicking about it.", 'panicking')).toBe(true);
    const text = "Don't mix your sleeping tablets with alcohol, because it can stop you waking up.";
    expect(crossed(text, 'waking up')).toBe(true);
    expect(pic(text, 'stop')).toBeNull();
    // where the stopped doing shows nothing, the stop sign stays
    expect(ids('The rules can stop you getting hurt.', 'stop')).toEqual(['1F6D1']);
    // the tablets are still taken; the alcohol is what is forbidden
    expect(crossed(text, 'sleeping tablets')).toBe(false);
    expect(crossed(text, 'alcohol')).toBe(true);
  });

  it('leaves plain where a rule holds: the class walked out of, the floor, what the flat is above', () => {
    expect(crossed("Don't walk out of class when you're angry.", 'class')).toBe(false);
    expect(crossed("Don't leave wet towels on the bedroom floor.", 'bedroom')).toBe(false);
    const flat = 'Keep away from the flat above the bookies on Lark Lane.';
    expect(crossed(flat, 'flat')).toBe(true);
    expect(crossed(flat, 'bookies')).toBe(false);
  });

  it('crosses out a day and its part after "not", and both words of a thing after "no"', () => {
    const text = "Wash your uniform on Sunday night, not Monday morning.";
    expect(crossed(text, 'Monday')).toBe(true);
    expect(crossed(text, 'morning')).toBe(true);
    expect(crossed(text, 'night')).toBe(false);
    expect(crossed('Released under investigation means no bail date.', 'date')).toBe(true);
    expect(crossed('The home has a no-visitors rule.', 'rule')).toBe(false);
    expect(pic('Two no-shows gets you a written warning.', 'shows')).toBeNull();
    expect(crossed('Two no-shows gets you a written warning.', 'warning')).toBe(false);
  });

  it('picks the sense: hurt feelings, a school year, a joke that is no joke, a car, a contract that keeps running', () => {
    expect(ids('You will talk about how the burglary hurt Mrs Adeyemi.', 'hurt')).toEqual(['1F494']);
    expect(ids('Did it hurt when you fell?', 'hurt')).not.toEqual(['1F494']);
    expect(ids('Nobody in your year knows about your care plan.', 'year')).toEqual(['1F465']);
    expect(pic("You said maths is 'a joke'.", 'joke')).toBeNull();
    expect(ids('He wants to pick you up in his motor.', 'motor')).toEqual(['1F697']);
    expect(ids('The motor on the bike is broken.', 'motor')).not.toEqual(['1F697']);
    expect(pic('You owe £164 because the contract kept running.', 'running')).toBeNull();
    expect(pic("You called it 'a meeting about me'.", 'called')).toBeNull();
    expect(ids('Contact with your mum is at the family centre.', 'family centre')).toEqual(['family-time']);
  });
});

describe('from the forty-fourth and forty-fifth parts', () => {
  it('shows what did not go ahead crossed out, and money offered plain', () => {
    expect(crossed('The interview did not go ahead because your appropriate adult could not come.', 'interview')).toBe(true);
    expect(crossed('If someone offers you easy money, say no and tell your worker.', 'money')).toBe(false);
    // cash offered to carry a parcel: the parcel is still what to refuse
    expect(crossed('Older lads might offer cash to carry a parcel; always say no.', 'parcel')).toBe(true);
  });

  it('ends what is forbidden at "and come and tell me", and reads "no worker at the home will" as nobody', () => {
    const text = "If someone asks for pictures, don't send any and come and tell me.";
    expect(crossed(text, 'send')).toBe(true);
    expect(crossed(text, 'come')).toBe(false);
    expect(crossed(text, 'tell')).toBe(false);
    const worker = 'No worker at the home will read your diary.';
    expect(crossed(worker, 'read')).toBe(true);
    expect(crossed(worker, 'worker')).toBe(false);
    expect(crossed("Don't leave your nan's flat after 7 pm.", 'flat')).toBe(false);
  });

  it('picks the sense: a drink of tea, arriving in person, the rest left, signing the bail book, settings "on"', () => {
    expect(ids('Take it with water rather than tea.', 'tea')).toEqual(['2615']);
    expect(ids('Tea is at 6.', 'tea')).not.toEqual(['2615']);
    expect(ids('Please arrive by 9.15 so we are not rushing.', 'arrive')).toEqual(['1F6B6']);
    expect(pic('Top up the gas meter, then you can spend the rest.', 'rest')).toBeNull();
    expect(ids('Sign the bail book at the station before 6 pm.', 'Sign')).toEqual(['270D']);
    expect(pic('Put Snap Map on ghost mode.', 'Put')).toBeNull();
    expect(pic('It only goes ahead if you are ready.', 'goes ahead')).toBeNull();
    expect(ids('Go to your next lesson when the bell goes.', 'Go')).toEqual(['1F6B6']);
  });

  it('reads "open till 8" and "till late" as the evening, and "first thing" as morning only with a morning', () => {
    expect(ids('The walk-in centre is open till 8.', '8')).toEqual(['clock:20:00']);
    expect(ids('Are you lying awake till late?', 'till late')).toEqual(['1F303']);
    expect(pic('First thing at the desk, the sergeant reads out why you are here.', 'First thing')).toBeNull();
    expect(ids('Ring me first thing tomorrow.', 'first thing')).toEqual(['1F305']);
  });
});

describe('from the forty-sixth and forty-seventh parts', () => {
  it('reads stopping after "ask you to" and "since you", and "not in the morning"', () => {
    expect(crossed('Did Miss Khan ask you to stop using your phone in lessons?', 'phone')).toBe(true);
    expect(crossed('How are you sleeping since you stopped taking the tablets?', 'tablets')).toBe(true);
    expect(crossed('Shower before bed, not in the morning.', 'morning')).toBe(true);
    // "not in" is not being there; the day is when
    expect(crossed('Your key worker is not in on Tuesday, so call the office.', 'Tuesday')).toBe(false);
  });

  it('shows no walking, raised hand or number for figures of speech, and a pill for cold medicine', () => {
    expect(pic('Could you walk me through getting ready?', 'walk me through')).toBeNull();
    expect(pic('Who gives you a hand with your washing?', 'gives you a hand')).toBeNull();
    expect(pic('If it must stay between the two of you, tell Nadia.', 'the two of you')).toBeNull();
    expect(ids('Ask the pharmacist if cold medicine is safe with your tablets.', 'cold medicine')).toEqual(['1F48A']);
    expect(ids('Your wake-up call is 7 on Monday.', 'wake-up call')).toEqual(['23F0']);
  });
});

describe('"says no" before a thing', () => {
  it('crosses out the thing a plan or a nurse says no to, and keeps "says no" a refusal at the end or before "to"', () => {
    expect(crossed('The school nurse says no PE until the cast comes off.', 'PE')).toBe(true);
    expect(crossed('Your plan says no contact with Kai.', 'no contact')).toBe(true);
    expect(ids('She says no.', 'says no')).toEqual(['1F645']);
    expect(ids('Your mum says no to the party.', 'says no')).toEqual(['1F645']);
    expect(ids('Say no and tell us.', 'Say no')).toEqual(['1F645']);
  });
});

