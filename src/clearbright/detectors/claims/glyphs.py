"""Pictographs and signs written for the Chinese character they show, to dodge keyword filters.

Smears write "🐷油" for 猪油, "💊" for 药, "🐭" for 鼠: normalization drops the pictograph, and
the claim's key word goes with it. A claim reader gets a second reading of the item with each
such pictograph written back as its character. Each pictograph is one code point and so is its
character, so the rewritten original keeps every offset: evidence spans still point into the
item's own text (and show the pictograph).

>>> from clearbright.text.normalize import normalize
>>> deglyphed(normalize("后厨的🐷油")).text
'后厨的猪油'
>>> deglyphed(normalize("后厨的油")) is None
True
"""

from __future__ import annotations

from clearbright.detectors.base import NormalizedItem
from clearbright.model import TextField
from clearbright.registry import Registry
from clearbright.text.normalize import NormalizedText, normalize

# Animals, foods and things of food and health rumours, each for the character it pictures.
GLYPHS: dict[str, str] = {
    "🐷": "猪",
    "🐖": "猪",
    "🐽": "猪",
    "🐮": "牛",
    "🐄": "牛",
    "🐂": "牛",
    "🐑": "羊",
    "🐏": "羊",
    "🐔": "鸡",
    "🐓": "鸡",
    "🐤": "鸡",
    "🦆": "鸭",
    "🐟": "鱼",
    "🐠": "鱼",
    "🐭": "鼠",
    "🐀": "鼠",
    "🐁": "鼠",
    "🐶": "狗",
    "🐕": "狗",
    "🐱": "猫",
    "🐈": "猫",
    "🐴": "马",
    "🐎": "马",
    "🐍": "蛇",
    "🐸": "蛙",
    "💊": "药",
    "💩": "屎",
    "💀": "死",
    "☠": "死",
    "🔥": "火",
    "💧": "水",
    "🛢": "油",
    "🍄": "菇",
    "🥚": "蛋",
    "🍬": "糖",
    "🧂": "盐",
    "🍺": "酒",
    "🍷": "酒",
    "💰": "钱",
    "🦠": "菌",
    "🐛": "虫",
    "🪳": "蟑",
    # fruits, animals and things of nature written for one character of a brand ("🍑夭" for
    # a brand 桃夭, "🦌梦" for 鹿梦): the character the picture means
    "🍑": "桃",
    "🍊": "橙",
    "🍋": "柠",
    "🍎": "苹",
    "🍏": "苹",
    "🍐": "梨",
    "🍇": "葡",
    "🍓": "莓",
    "🍒": "樱",
    "🍌": "蕉",
    "🥭": "芒",
    "🍍": "菠",
    "🍉": "瓜",
    "🥥": "椰",
    "🌰": "栗",
    "🍵": "茶",
    "🍚": "米",
    "🌾": "禾",
    "🦌": "鹿",
    "🐯": "虎",
    "🐅": "虎",
    "🦁": "狮",
    "🐻": "熊",
    "🐺": "狼",
    "🦊": "狐",
    "🐰": "兔",
    "🐇": "兔",
    "🐲": "龙",
    "🐉": "龙",
    "🦅": "鹰",
    "🐦": "鸟",
    "🕊": "鸽",
    "🐝": "蜂",
    "🦋": "蝶",
    "🐢": "龟",
    "🐘": "象",
    "🐒": "猴",
    "🐵": "猴",
    "🦢": "鹅",
    "🐳": "鲸",
    "🐋": "鲸",
    "🦀": "蟹",
    "🦐": "虾",
    "🌙": "月",
    "☀": "日",
    "⭐": "星",
    "🌟": "星",
    "🌸": "花",
    "🌲": "松",
    "🌳": "树",
    "🍃": "叶",
    "☁": "云",
    "⛰": "山",
    "🏔": "山",
    "❄": "雪",
    "🌈": "虹",
    "💎": "钻",
    # an equation written for "is" ("<X>的珍珠 = 废旧轮胎"): normalization drops the sign
    "=": "是",
    "＝": "是",
}
_TABLE = str.maketrans(GLYPHS)
CLAIM_FIELDS: tuple[TextField, ...] = ("title", "text")


def deglyphed(text: NormalizedText) -> NormalizedText | None:
    """The text read with its pictographs as characters; None when it has none."""
    rewritten = text.original.translate(_TABLE)
    if rewritten == text.original:
        return None
    read = normalize(rewritten)
    return NormalizedText(text.original, read.text, read.origin)


def deglyphed_item(item: NormalizedItem, registry: Registry) -> NormalizedItem | None:
    """The item with its title and text read with pictographs as characters (registered
    names found again in them); None when neither has any."""
    fields = dict(item.fields)
    mentions = dict(item.mentions)
    changed = False
    for name in CLAIM_FIELDS:
        field = item.get(name)
        read = deglyphed(field) if field is not None else None
        if read is not None:
            fields[name] = read
            mentions[name] = tuple(registry.find_mentions(read))
            changed = True
    return NormalizedItem(item.item, fields, mentions) if changed else None
