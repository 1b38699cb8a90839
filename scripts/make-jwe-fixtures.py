#!/usr/bin/python3
"""Writes test/fixtures/jwcrypto-jwe.json: PIN JWEs made by jwcrypto, a JOSE implementation
independent of the one the embedded Solaris uses, so its tests prove interoperability rather
than agreement of one library with itself.

Each JWE is built the way Solaris's PIN change reference asks a device to build it: plaintext
{"pin":"NNNN"}, alg RSA-OAEP-256, enc A256CBC-HS512, the key's kid in the protected header,
compact serialization. Run with Debian's interpreter, which has python3-jwcrypto:

    /usr/bin/python3 scripts/make-jwe-fixtures.py
"""

import json
import pathlib

from jwcrypto import jwe, jwk

FIXTURES = pathlib.Path(__file__).resolve().parent.parent / "test" / "fixtures"
KEY_FILE = FIXTURES / "pin-key.private.jwk.json"
OUT_FILE = FIXTURES / "jwcrypto-jwe.json"

# Valid PINs, then PINs that break one rule each: a sequential run, a digit three times.
PINS = ["4931", "0580", "7206", "2468", "9157", "1234", "1112"]


def load_public_key():
    private_key = jwk.JWK(**json.loads(KEY_FILE.read_text()))
    public_key = jwk.JWK()
    public_key.import_key(**private_key.export_public(as_dict=True))
    return public_key


def encrypt_pin(public_key, pin):
    plaintext = json.dumps({"pin": pin}, separators=(",", ":"))
    header = {"alg": "RSA-OAEP-256", "enc": "A256CBC-HS512", "kid": public_key["kid"]}
    token = jwe.JWE(plaintext.encode("utf-8"), protected=json.dumps(header))
    token.add_recipient(public_key)
    return token.serialize(compact=True)


def main():
    public_key = load_public_key()
    fixtures = [{"pin": pin, "jwe": encrypt_pin(public_key, pin)} for pin in PINS]
    document = {"kid": public_key["kid"], "fixtures": fixtures}
    OUT_FILE.write_text(json.dumps(document, indent=2) + "\n")
    print(f"wrote {len(fixtures)} JWEs for kid {document['kid']} to {OUT_FILE}")


if __name__ == "__main__":
    main()
