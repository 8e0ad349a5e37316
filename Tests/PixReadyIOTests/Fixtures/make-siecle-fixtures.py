#!/usr/bin/env python3
"""Writes the SIECLE and zip test fixtures of pixready (run from anywhere: python3 make-siecle-fixtures.py).

The fixtures are committed; this script documents how they were made and can rebuild them. The
students are invented. The XML follows the shape of a real « Élèves sans adresse » export
(BEE_ELEVES, PARAMETRES, DONNEES/ELEVES, DONNEES/OPTIONS, DONNEES/STRUCTURES), in ISO-8859-15.
Zips are written by hand (below) so that the deflate stream (stored, fixed or dynamic Huffman) and
the announced sizes can be chosen, including wrong ones.
"""
import os
import random
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
IO = HERE
CLI = os.path.join(HERE, "..", "..", "PixReadyCLITests", "Fixtures")


def student(eleve_id, ine, nom, prenom, naissance, *, usage="", prenom2="", prenom3="", sortie=None, sexe="2",
            pays="100", commune="35238"):
    lines = [f'      <ELEVE ELEVE_ID="{eleve_id}" ELENOET="{eleve_id[-4:]}">']
    if ine is not None:
        lines.append(f"        <ID_NATIONAL>{ine}</ID_NATIONAL>")
    lines += [
        f"        <ELENOET>{eleve_id[-4:]}</ELENOET>",
        f"        <NOM_DE_FAMILLE>{nom}</NOM_DE_FAMILLE>",
        f"        <NOM_USAGE>{usage}</NOM_USAGE>",
        f"        <PRENOM>{prenom}</PRENOM>",
        f"        <PRENOM2>{prenom2}</PRENOM2>",
        f"        <PRENOM3>{prenom3}</PRENOM3>",
        f"        <DATE_NAISS>{naissance}</DATE_NAISS>",
        f"        <CODE_SEXE>{sexe}</CODE_SEXE>",
        f"        <CODE_PAYS>{pays}</CODE_PAYS>",
    ]
    if pays == "100":
        lines.append("        <CODE_DEPARTEMENT_NAISS>035</CODE_DEPARTEMENT_NAISS>")
        lines.append(f"        <CODE_COMMUNE_INSEE_NAISS>{commune}</CODE_COMMUNE_INSEE_NAISS>")
    else:
        lines.append("        <VILLE_NAISS>PRAGUE</VILLE_NAISS>")
    lines += [
        "        <CODE_MEF>20010018110</CODE_MEF>",
        "        <CODE_STATUT>ST</CODE_STATUT>",
        "        <DATE_ENTREE>01/09/2024</DATE_ENTREE>",
    ]
    if sortie:
        lines.append(f"        <DATE_SORTIE>{sortie}</DATE_SORTIE>")
    lines += [
        "        <SCOLARITE_AN_DERNIER>",
        "          <CODE_MEF>10310019110</CODE_MEF>",
        "          <CODE_RNE>0350022J</CODE_RNE>",
        "        </SCOLARITE_AN_DERNIER>",
        "      </ELEVE>",
    ]
    return lines


def structures(eleve_id, *pairs):
    lines = [f'      <STRUCTURES_ELEVE ELEVE_ID="{eleve_id}" ELENOET="{eleve_id[-4:]}">']
    for code, kind in pairs:
        lines += ["        <STRUCTURE>", f"          <CODE_STRUCTURE>{code}</CODE_STRUCTURE>",
                  f"          <TYPE_STRUCTURE>{kind}</TYPE_STRUCTURE>", "        </STRUCTURE>"]
    lines.append("      </STRUCTURES_ELEVE>")
    return lines


def export(encoding="ISO-8859-15"):
    lines = [f'<?xml version="1.0" encoding="{encoding}"?>', '<BEE_ELEVES VERSION="3.1">', "  <PARAMETRES>",
             "    <UAJ>0350099X</UAJ>", "    <ANNEE_SCOLAIRE>2024</ANNEE_SCOLAIRE>",
             "    <DATE_EXPORT>12/03/2025</DATE_EXPORT>", "    <HORODATAGE>12/03/2025 10:41:07</HORODATAGE>",
             "  </PARAMETRES>", "  <DONNEES>", "    <ELEVES>"]
    lines += student("1001", "123456789AB", "MARTIN", "Léa", "14/02/2009", prenom2="Éloïse")
    lines += student("1002", "123456790AC", "CŒUR", "Noé", "03/07/2009", prenom2="Gaëtan", sexe="1")
    lines += student("1003", "123456791AD", "NOVÁKOVÁ", "Šárka", "29/02/2008", pays="262")
    lines += student("1004", "123456792AE", "PETIT", "Jules", "11/11/2008", sortie="15/11/2024", sexe="1")
    lines += student("1005", None, "BERNARD", "Hugo", "05/05/2009", sexe="1")
    lines += student("1006", "123456793AF", "DUBOIS", "Inès", "21/01/2009")
    lines += student("1007", "123456794AG", "LEROY", "Anaïs", "30/06/2007", usage="MOREAU")
    lines += student("1008", "123456795AH", "FAURE", "Maël", "17/09/2009", sexe="1")
    lines += student("1009", "123456796AJ", "ABADIE", "Zoé", "01/12/2009")
    lines += ["    </ELEVES>", "    <OPTIONS>", '      <OPTION ELEVE_ID="1001">', "        <OPTIONS_ELEVE>",
              "          <NUM_OPTION>1</NUM_OPTION>", "          <CODE_MODALITE_ELECT>O</CODE_MODALITE_ELECT>",
              "          <CODE_MATIERE>030201</CODE_MATIERE>", "        </OPTIONS_ELEVE>", "      </OPTION>",
              "    </OPTIONS>", "    <STRUCTURES>"]
    lines += structures("1001", ("2NDE3", "D"), ("ANG-G2", "G"))
    lines += structures("1002", ("2NDE3", "D"))
    lines += structures("1003", ("2NDE1", "D"))
    lines += structures("1004", ("2NDE1", "D"))
    lines += structures("1005", ("2NDE1", "D"))
    lines += structures("1006", ("ESP-G1", "G"))
    lines += structures("1007", ("1G2", "D"))
    lines += structures("1008", ("2NDE3", "D"))
    lines += structures("1009", ("2NDE1", "D"))
    lines += ["    </STRUCTURES>", "  </DONNEES>", "</BEE_ELEVES>", ""]
    return "\n".join(lines).encode("iso-8859-15" if encoding == "ISO-8859-15" else "utf-8")


def local_and_central(name, data, method, raw, *, flags=0, declared_size=None, offset=0):
    crc = zlib.crc32(data) & 0xFFFFFFFF
    size = len(data) if declared_size is None else declared_size
    encoded = name.encode("utf-8")
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, 0, 0x21, crc, len(raw), size, len(encoded), 0)
    local += encoded + raw
    central = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, method, 0, 0x21, crc, len(raw), size,
                          len(encoded), 0, 0, 0, 0, 0, offset) + encoded
    return local, central


def zip_bytes(entries):
    """entries: (name, data, method, raw, options)."""
    body, directory = b"", b""
    for name, data, method, raw, options in entries:
        local, central = local_and_central(name, data, method, raw, offset=len(body), **options)
        body += local
        directory += central
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(directory), len(body), 0)
    return body + directory + end


def deflate(data, level=6, strategy=zlib.Z_DEFAULT_STRATEGY):
    compressor = zlib.compressobj(level, zlib.DEFLATED, -15, 9, strategy)
    return compressor.compress(data) + compressor.flush()


def entry(name, data, method=8, raw=None, **options):
    if raw is None:
        raw = data if method == 0 else deflate(data, 9)
    return (name, data, method, raw, options)


def write(folder, name, data):
    with open(os.path.join(folder, name), "wb") as file:
        file.write(data)


def main():
    xml = export()
    siecle_zip = zip_bytes([entry("ElevesSansAdresses.xml", xml),
                            entry("__MACOSX/._ElevesSansAdresses.xml", b"\x00\x05\x16\x07macOS", method=0)])
    for folder in (os.path.join(IO, "siecle"), os.path.join(CLI, "siecle")):
        write(folder, "eleves-iso-8859-15.xml", xml)
        write(folder, "ElevesSansAdresses.zip", siecle_zip)
        write(folder, "broken.zip", siecle_zip[: len(siecle_zip) // 2])
    siecle = os.path.join(IO, "siecle")
    write(siecle, "eleves-utf8-bom.xml", b"\xef\xbb\xbf" + export("UTF-8"))
    write(siecle, "two-xml.zip", zip_bytes([entry("ElevesSansAdresses.xml", xml), entry("Copie/Eleves.xml", xml)]))
    write(siecle, "no-xml.zip", zip_bytes([entry("lisez-moi.txt", b"rien"), entry(".cache/x.xml", xml)]))
    write(siecle, "office.zip", zip_bytes([entry("[Content_Types].xml", b"<Types/>"), entry("xl/workbook.xml", b"<w/>")]))
    write(siecle, "in-folder.zip", zip_bytes([entry("Export/", b"", method=0), entry("Export/ElevesSansAdresses.xml", xml)]))
    write(siecle, "xml-bomb.xml", (
        '<?xml version="1.0" encoding="ISO-8859-15"?>\n<!DOCTYPE BEE_ELEVES [\n <!ENTITY a "aaaaaaaaaa">\n'
        + "".join(f' <!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">\n' for i in range(9))
        + ']>\n<BEE_ELEVES VERSION="3.1"><PARAMETRES><UAJ>&j;</UAJ></PARAMETRES></BEE_ELEVES>\n').encode())
    write(siecle, "external-entity.xml", (
        '<?xml version="1.0" encoding="ISO-8859-15"?>\n<!-- a comment first -->\n'
        '<!DOCTYPE BEE_ELEVES [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n'
        '<BEE_ELEVES VERSION="3.1"><PARAMETRES><UAJ>&xxe;</UAJ></PARAMETRES></BEE_ELEVES>\n').encode())
    write(siecle, "undeclared-entity.xml", xml.replace(b"<UAJ>0350099X</UAJ>", b"<UAJ>&xxe;</UAJ>"))
    write(siecle, "not-siecle.xml", b'<?xml version="1.0" encoding="UTF-8"?>\n<BEE_NOMENCLATURES VERSION="1.0">\n'
          b"  <DONNEES/>\n</BEE_NOMENCLATURES>\n")
    write(siecle, "truncated.xml", xml[: xml.index(b"<PRENOM>No")])

    zipdir = os.path.join(IO, "zip")
    text = "\n".join(f"{i};{random.Random(i).choice(['Léa', 'Noé', 'Zoé', 'Inès'])};{i * 7919 % 1000}"
                     for i in range(200)).encode()
    rng = random.Random(2025)
    words = ["élève", "classe", "Pix", "Orga", "SIECLE", "INE", "division", "2NDE3", "compte", "GAR", "Médiacentre"]
    large = " ".join(rng.choice(words) + (str(rng.randrange(100000)) if rng.random() < 0.3 else "")
                     for _ in range(60000)).encode()
    noise = bytes(rng.randrange(256) for _ in range(50000))
    write(zipdir, "stored.zip", zip_bytes([entry("a.txt", text, method=0)]))
    write(zipdir, "deflate-dynamic.zip", zip_bytes([entry("a.txt", text)]))
    write(zipdir, "deflate-fixed.zip", zip_bytes([entry("a.txt", text, raw=deflate(text, 9, zlib.Z_FIXED))]))
    write(zipdir, "deflate-stored-blocks.zip", zip_bytes([entry("a.txt", text, raw=deflate(text, 0))]))
    write(zipdir, "deflate-large.zip", zip_bytes([entry("large.txt", large), entry("noise.bin", noise),
                                                  entry("empty.txt", b"")]))
    zeros = bytes(20 << 20)
    write(zipdir, "bomb.zip", zip_bytes([entry("ElevesSansAdresses.xml", zeros)]))
    write(zipdir, "lying-size.zip", zip_bytes([entry("ElevesSansAdresses.xml", bytes(1 << 20), declared_size=100)]))
    corrupt = bytearray(zip_bytes([entry("a.txt", text)]))
    corrupt[60] ^= 0xFF
    write(zipdir, "corrupt-data.zip", bytes(corrupt))
    write(zipdir, "encrypted.zip", zip_bytes([entry("a.txt", text, flags=1)]))
    write(zipdir, "bzip2.zip", zip_bytes([entry("a.txt", text, method=12, raw=b"BZh9")]))
    with open(os.path.join(zipdir, "checksums.txt"), "w") as file:
        for name, data in (("text", text), ("large", large), ("noise", noise)):
            file.write(f"{name} {len(data)} {zlib.crc32(data) & 0xFFFFFFFF:08x}\n")


if __name__ == "__main__":
    main()
