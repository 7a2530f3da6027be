"""The check that an XML example's model holds only values of its document."""

from __future__ import annotations

from tests.product.examples import values_not_in_document

BODY = (
    "<R><Id>r-1</Id><Items><Size>3</Size><On>true</On></Items>"
    "<Items><Size>4.5</Size><On>false</On></Items></R>"
)


def test_values_of_the_document_are_found_whatever_their_nesting() -> None:
    data = {
        "Id": "r-1",
        "Items": {"Item": [{"Size": 3, "On": True}, {"Size": 4.5, "On": False}]},
    }
    assert values_not_in_document(data, BODY) == []


def test_an_invented_repeated_or_misread_value_is_reported() -> None:
    assert values_not_in_document({"Id": "r-2"}, BODY) == ["r-2"]
    assert values_not_in_document({"Id": ["r-1", "r-1"]}, BODY) == ["r-1"]
    assert values_not_in_document({"Size": 30}, BODY) == ["30.0"]
    assert values_not_in_document({"On": [False, False]}, BODY) == ["false"]
