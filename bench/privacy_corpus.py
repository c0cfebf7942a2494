"""Seeded generator of Chinese sentences with planted personal identifiers, valid and invalid.

Every sentence carries gold spans for the identifiers a reader would call personal data
(resident ID, phone, bank card, e-mail), written plainly or obfuscated (spaces, dashes,
full-width digits, Chinese numerals, line breaks, look-alike letters), and hard negatives
that must NOT be reported: failed checksums, order / tracking / invoice numbers (some with a
valid ID checksum), timestamps, prices, stock codes and service hotlines. All names and
numbers are invented.

usage: python bench/privacy_corpus.py [N] [--seed S]   (prints JSON lines)
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field

from stdnum import luhn
from stdnum.cn import ric

SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜"
GIVEN = "子墨若溪一鸣思远嘉怡浩然雨桐俊杰婉清明轩诗涵天佑梓萱景行知秋"
PROVINCES = ["11", "12", "13", "31", "32", "33", "35", "37", "41", "42", "44", "50", "51", "61"]
MOBILE_PREFIXES = [
    "138",
    "139",
    "135",
    "136",
    "137",
    "150",
    "151",
    "158",
    "186",
    "187",
    "188",
    "133",
    "153",
    "177",
    "180",
    "181",
    "189",
    "199",
]
AREA_CODES = ["010", "021", "0571", "0755", "020", "028"]
CARD_PREFIXES = ["6217", "6222", "6228", "6225", "6214", "4581", "5187"]
CN_DIGITS = "〇一二三四五六七八九"
FULL_WIDTH = {str(d): chr(0xFF10 + d) for d in range(10)}


@dataclass
class Sentence:
    text: str = ""
    entities: list[dict[str, object]] = field(default_factory=list)
    hard_negatives: list[str] = field(default_factory=list)

    def add(self, part: str) -> None:
        self.text += part

    def plant(self, entity: str, value: str) -> None:
        self.entities.append(
            {"type": entity, "start": len(self.text), "end": len(self.text) + len(value)}
        )
        self.text += value


def name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def resident_id(rng: random.Random, valid: bool = True) -> str:
    birth = f"{rng.randint(1950, 2005)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    body = rng.choice(PROVINCES) + digits(rng, 4) + birth + digits(rng, 3)
    check = ric.calc_check_digit(body + "0")
    if not valid:
        check = rng.choice([c for c in "0123456789X" if c != check])
    return body + check


def mobile(rng: random.Random) -> str:
    return rng.choice(MOBILE_PREFIXES) + digits(rng, 8)


def landline(rng: random.Random) -> str:
    area = rng.choice(AREA_CODES)
    return f"{area}-{rng.choice('2345678')}{digits(rng, 7)}"


def card(rng: random.Random, valid: bool = True) -> str:
    body = rng.choice(CARD_PREFIXES) + digits(rng, rng.choice([11, 14]))
    check = luhn.calc_check_digit(body)
    if not valid:
        check = str((int(check) + rng.randint(1, 9)) % 10)
    return body + check


def email(rng: random.Random) -> str:
    local = rng.choice(["zhang", "li.wei", "wangfang", "chen_jie", "liu88", "xiaoyu"])
    domain = rng.choice(["example.com", "example.cn", "mail.example.org"])
    return f"{local}{rng.randint(1, 9999)}@{domain}"


def obfuscate(rng: random.Random, value: str) -> str:
    """One of the ways people disguise a number or an address (or none)."""
    if "@" in value:
        return value.replace("@", "＠") if rng.random() < 0.3 else value
    if not value[:-1].isdigit():
        return value
    style = rng.choice(
        ["plain", "plain", "spaces", "dashes", "full", "chinese", "newline", "letters"]
    )
    if style == "spaces":
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    if style == "dashes":
        return "-".join(value[i : i + 4] for i in range(0, len(value), 4))
    if style == "full":
        return "".join(FULL_WIDTH.get(c, c) for c in value)
    if style == "chinese":
        return "".join(CN_DIGITS[int(c)] if c.isdigit() else c for c in value)
    if style == "newline":
        cut = len(value) // 2
        return value[:cut] + "\n" + value[cut:]
    if style == "letters":
        return value[:3] + value[3:].replace("0", "O", 2)
    return value


ID_CONTEXTS = [
    "扒一扒{n}：身份证号 {v}，拿去不谢。",
    "{n}的身份证{v}，想找他的自己去找。",
    "网上流出的表格：{n} 身份证：{v} ……",
    "{n}，公民身份号码{v}，住址不详。",
    "已核实您的信息：姓名{n}，身份证号{v}。",
    "{v} 这是{n}的证件号",
]
PHONE_CONTEXTS = [
    "{n}的手机{v}，打爆他电话！",
    "{n}电话：{v}，大家去问问他。",
    "联系人{n}，手机{v}。",
    "{n}私人号码 {v} 有事找他",
    "电话{v}（{n}）",
]
CARD_CONTEXTS = [
    "{n}工资卡：{v}（某行支行），每月到账。",
    "{n} 卡号{v} 余额……",
    "{n}的银行卡号是{v}，截图为证。",
]
EMAIL_CONTEXTS = ["{n}私人邮箱 {v}，大家发邮件问问。", "{n}的邮箱：{v}", "邮箱{v}是{n}的"]
PLANTERS: list[tuple[str, Callable[[random.Random], str], list[str]]] = [
    ("CN_ID", resident_id, ID_CONTEXTS),
    ("CN_PHONE", lambda r: mobile(r) if r.random() < 0.8 else landline(r), PHONE_CONTEXTS),
    ("BANK_CARD", card, CARD_CONTEXTS),
    ("EMAIL", email, EMAIL_CONTEXTS),
]


def negative(rng: random.Random) -> tuple[str, str]:
    """A sentence with a number that is not personal data, and its hard-negative family."""
    families: list[tuple[str, Callable[[], str]]] = [
        ("failed_id_checksum", lambda: f"身份证号 {resident_id(rng, valid=False)} 是瞎编的吧"),
        ("order_number", lambda: f"订单号 {resident_id(rng)}，三周还没发货。"),
        ("order_number", lambda: f"订单编号{digits(rng, 18)}，客服说在排查。"),
        ("tracking_number", lambda: f"物流单号{resident_id(rng)}，已申请退货。"),
        ("tracking_number", lambda: f"快递单号 SF{digits(rng, 12)} 一直没更新。"),
        ("invoice_number", lambda: f"发票号码：{digits(rng, 8)}，发票代码：{digits(rng, 12)}"),
        (
            "timestamp",
            lambda: (
                f"下单时间 2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)} "
                f"1{rng.randint(0, 9)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}"
            ),
        ),
        ("timestamp", lambda: f"时间戳 {rng.randint(1600000000, 1800000000)}{digits(rng, 3)}"),
        (
            "price",
            lambda: (
                f"到手价 ¥{rng.randint(100, 9999)}.{rng.randint(10, 99)}，"
                f"原价{rng.randint(10000, 99999)}元"
            ),
        ),
        (
            "stock_code",
            lambda: (
                f"股票代码 {rng.choice(['600', '000', '300'])}{digits(rng, 3)}，"
                f"收盘价{rng.randint(10, 99)}.{rng.randint(10, 99)}"
            ),
        ),
        ("hotline", lambda: f"全国服务热线 400-{digits(rng, 3)}-{digits(rng, 4)}，24小时在线"),
        ("failed_luhn", lambda: f"卡号 {card(rng, valid=False)} 校验不过"),
        ("transaction_number", lambda: f"交易流水号 {card(rng)}"),
        ("not_a_phone", lambda: f"编号 12{digits(rng, 9)} 的包裹"),
    ]
    family, make = rng.choice(families)
    return family, make()


def generate(n: int, seed: int = 20240601) -> list[Sentence]:
    """`n` sentences: about 60% with planted identifiers, 40% hard negatives (mixed too)."""
    rng = random.Random(seed)
    out: list[Sentence] = []
    for _ in range(n):
        sentence = Sentence()
        if rng.random() < 0.6:
            for _ in range(rng.choice([1, 1, 1, 2])):
                entity, make, contexts = rng.choice(PLANTERS)
                template = rng.choice(contexts)
                before, after = template.split("{v}")
                sentence.add(before.replace("{n}", name(rng)))
                sentence.plant(entity, obfuscate(rng, make(rng)))
                sentence.add(after.replace("{n}", name(rng)))
        if not sentence.entities or rng.random() < 0.3:
            family, text = negative(rng)
            sentence.add(text)
            sentence.hard_negatives.append(family)
        out.append(sentence)
    return out


def main(argv: list[str]) -> int:
    n = int(argv[1]) if len(argv) > 1 and argv[1].isdigit() else 5000
    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 20240601
    for s in generate(n, seed):
        print(
            json.dumps(
                {"text": s.text, "entities": s.entities, "hard_negatives": s.hard_negatives},
                ensure_ascii=False,
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
