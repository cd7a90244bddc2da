"""Common first names by gender, for pronoun resolution ("Hillary Clinton … she said").

Why a hand-made list: no package with first-name data is installed, and pronouns need only the
common names of news people. A name on both lists, or on neither, gives no gender: the
pronoun rules then fall back to titles and earlier pronouns, as before. Written for this
project from general knowledge: English, Spanish, Portuguese, Italian, German, French, Nordic,
Slavic, Arabic, South Asian and African names of people often in the news.
"""

from __future__ import annotations

import unicodedata


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


MALE_FIRST_NAMES = _words(
    """
    teodoro manny kiko panfilo
    aaron abdul abdullah adam adrian ahmed al alan albert alberto aleksandr alexander alexei alexis
    alfred ali allen alvin andre andrea andreas andrei andrew andy angel angelo anthony antonio
    archie arnold arthur ashton austin barack barry ben benjamin benny bernard bernie bill billy
    bob bobby boris brad bradley brandon brent brett brian bruce bryan bud byron calvin cameron
    carl carlos carter cecil cesar chad charles charlie chris christian christopher chuck clarence
    claude clay clayton clifford clint clinton cody colin connor corey cory craig curt curtis dale
    dan daniel danny darrell darren dave david dean dennis derek devin dick dmitry dmitri don
    donald doug douglas duane dustin dwayne dwight earl ed eddie edgar eduardo edward edwin elijah
    elliot elliott emmanuel enrique eric erik ernest ethan eugene evan frank franklin fred
    frederick gabriel gary gavin gene geoffrey george gerald gerhard giuseppe glenn gordon graham
    grant greg gregory guy hakeem hank hans harold harry harvey hassan hector henry herbert
    herman hillel howard hugh hugo ian ibrahim igor isaac ivan jack jackson jacob jake james jamie
    jared jason javier jay jeb jeff jeffrey jeremy jerome jerry jesse jesus jim jimmy joaquin joe
    joel john johnny jon jonathan jordan jorge jose joseph josh joshua juan julian justin karl
    keith ken kenneth kevin kirk kurt kyle lamar lance larry lawrence lee leo leon leonard
    lloyd lorenzo louis lucas luis luke malcolm manuel marco marcus mario mark marshall martin
    marvin matt matthew maurice max michael miguel mike mikhail milton mitch mitt mohamed
    mohammad mohammed muhammad nathan neil newt nicholas nick nicolas nigel noah norman oliver
    omar orrin oscar otto owen pablo patrick paul pedro peter phil philip phillip pierre preston
    rafael ralph ramon rand randall randy raphael ray raymond reggie reince reuben rex ricardo
    rich richard rick ricky rob robert roberto rod rodney roger roland ron ronald ronnie ross roy
    rudolph rudy rupert russ russell ryan salman sam samuel scott sean sergei sergey seth shawn
    sheldon sherrod simon stan stanley stefan stephen steve steven stuart ted terry thad thomas
    tim timothy todd tom tommy tony travis trent trey troy tyler valery vernon victor viktor
    vince vincent vladimir wade walter warren wayne wesley will william willie wilbur xavier
    yuri zach zachary
    abdel abdelaziz abdelkader abdulaziz abdulla abdulrahman abiy adel ahmad akhilesh akram
    aleksandar aleksei alexey alejandro alvaro amir amit amr anatoly anders andres andrzej
    andriy anil anwar arkady arvind ashok ashraf ayman babajide bashar benigno bilawal bjorn
    bohdan borys chukwuma cyril denis diego dmytro dragan emeka emmerson ernesto esteban evgeny
    faisal farid fawad federico felipe fernando ferdinand francisco francois friedrich fumio
    fyodor gennady giorgio giovanni gonzalo goran grigory guillermo gustavo hamad hamid hamza
    haider heinz helmut henrik horst hossein hussein ignacio ikechukwu ilya imran ismail jacques
    jair jaime jamal jaroslaw joao jonas juergen jurgen kamal khaled khalid kirill konstantin
    krzysztof kwame lars leonid luigi luiz mahinda mahmoud mahmud majid manmohan marcelo markus
    marwan massimo mateusz matteo mauricio maxim milos mohamad mostafa muhammadu mukesh mustafa
    mykhailo mykola nabil narendra nasser nawaz nikolai nikolay nils nitin nnamdi octavio oleg
    oleksandr oleksiy olusegun osama paolo pavel petr petro pietro piotr piyush pralhad pyotr
    qasem rahul raila rajesh rajnath ramesh ranil rashid reza rodrigo ruslan saad saeed salah
    saleh sami samir sanjay santiago sergio shehbaz shinzo silvio slobodan stanislav stefano
    sunil suresh susilo sven taras tariq thabo thaksin tomasz tunde uhuru umberto vadim
    valentin vasily vicente vijay vitali vitaly volodymyr vyacheslav walid wojciech wolfgang
    yaroslav yasser yevgeny yousef youssef yoweri yuriy yusuf zbigniew zoran ziad
    """
)

FEMALE_FIRST_NAMES = _words(
    """
    leonor corazon imelda leni risa lourdes milagros rosario consuelo mercedes amparo soledad
    remedios luz marisol araceli inmaculada montserrat nuria yolanda
    abby abigail ada adriana agnes alexandra alice alicia alison allison amanda amber amelia amy
    ana andrea angela angelina angie anita ann anna anne annette annie april ashley audrey ayanna
    barbara becky betsy betty beverly bonnie brenda brianna bridget brittany brooke candace
    carla carly carmen carol caroline carolyn cassandra catherine cathy cecilia charlotte cheryl
    chelsea christina christine cindy claire clara claudia colleen connie cynthia daisy dana
    danielle darlene dawn debbie deborah debra denise diana diane dianne dolores donna doris
    dorothy edith eleanor elena elise elizabeth ella ellen elsa emily emma erica erika erin
    esther eva evelyn faith fatima felicia fiona frances gabrielle gail gina gladys gloria grace
    gretchen hannah harriet heather heidi helen hillary holly hope huma ileana irene iris
    irina isabel isabella ivanka jackie jacqueline jane janet janice jasmine jean jeanne
    jennifer jenny jessica jill jo joan joanna joanne jodi jodie joni josephine joy joyce
    judith judy julia julie june karen kate katherine kathleen kathryn kathy katie katrina kay
    kayla kellyanne kelly kimberly kirsten kristen kristin laura lauren leah leslie lillian linda
    lisa lois loretta lori louise lucy lydia lynn madeleine mandy marcia margaret maria marian
    marie marilyn marine marion marissa marsha martha mary maureen maxine megan meghan melania
    melanie melissa meredith michele michelle mindy miranda misty molly monica nancy naomi
    natalie nicole nikki nina nora olivia pam pamela patricia patty paula pauline peggy penny
    rachel rebecca regina renee rhonda rita roberta robin rosa rosalind rose rosemary ruth sally
    samantha sandra sara sarah shannon sharon sheila shelley sherry shirley sonia sophia
    stacey stephanie sue susan suzanne sylvia tamara tammy tanya teresa terri theresa tiffany
    tina tracy ursula valerie vanessa vera veronica victoria virginia wanda wendy whitney
    yvonne zoe
    agnieszka aisha alejandra alla amina anastasia anastasiya annalena beata beatriz benazir
    carolina chimamanda cristina daria darya dilma ekaterina ewa fatma gabriela galina giorgia
    hanan hasina huda indira jacinda katarzyna kateryna khaleda layla leila luciana lucia
    lyudmila magdalena malgorzata mamata mariam mariana marina marta maryam mayawati mette
    nadezhda nadia ngozi nirmala nkosazana oksana olena olga paola pilar priyanka raquel rania
    salma samira sanna segolene silvia smriti sushma svetlana sviatlana tatiana tatyana thandi
    valentina winnie yasmin yekaterina yulia yuliya zainab zeinab zhanna
    """
)


# Names common for both men and women in the news ("9/11 widow Terry Strada … She
# continued"): they give no gender, whichever list they also sit on.
UNISEX_FIRST_NAMES = _words(
    """
    alex casey chris dale dana jamie jean jesse jordan kelly kerry lee leslie lynn marion
    morgan pat robin sam shannon taylor terry tracy
    """
)


def first_name_gender(name: str) -> str | None:
    """ "m" or "f" from the first word of a full name, accents aside ("José", "Nicolás" are
    on the lists as "jose", "nicolas"); None when unknown or ambiguous."""
    words = name.split()
    if len(words) < 2:
        return None
    first = folded(words[0]).strip(".,")
    if first in UNISEX_FIRST_NAMES:
        return None
    male, female = first in MALE_FIRST_NAMES, first in FEMALE_FIRST_NAMES
    if male == female:
        return None
    return "m" if male else "f"


MALE_NOUNS = _words(
    """
    man boy father son brother husband grandfather uncle nephew spokesman chairman
    congressman businessman councilman policeman fireman king prince dad
    """
)
FEMALE_NOUNS = _words(
    """
    woman girl mother daughter sister wife grandmother aunt niece spokeswoman chairwoman
    congresswoman businesswoman councilwoman policewoman actress queen princess mum mom
    """
)


def is_first_name(word: str) -> bool:
    """A word on the first-name lists, of either gender ("Maria", "Chris")."""
    first = folded(word).strip(".,")
    return first in MALE_FIRST_NAMES or first in FEMALE_FIRST_NAMES or first in UNISEX_FIRST_NAMES


def noun_gender(noun: str) -> str | None:
    """ "m" or "f" for a noun that says it ("a masked man", "the girl's mother"), else None:
    an unnamed source's pronoun ("she adds") must not jump to a man nobody named."""
    word = noun.lower()
    if word in MALE_NOUNS:
        return "m"
    return "f" if word in FEMALE_NOUNS else None


def folded(text: str) -> str:
    """Lower case without accents, one apostrophe: the key under which a page's spellings of
    one name meet ("Isărescu" -> "isarescu", "Díaz" -> "diaz", "O’Leary" -> "o'leary")."""
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))
