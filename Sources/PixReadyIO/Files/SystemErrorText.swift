import PixReadyCore

/// The system's reasons (`strerror`, always in English here) said in the user's language.
public enum SystemErrorText {
  /// French for the reasons a school's user meets; other reasons, and English, are kept as given.
  public static func text(_ reason: String, language: Language) -> String {
    guard language == .fr else { return reason }
    switch reason {
    case "No such file or directory": return "fichier ou dossier introuvable"
    case "Permission denied": return "permission refusée"
    case "Is a directory": return "c'est un dossier, pas un fichier"
    case "Not a directory": return "un élément du chemin n'est pas un dossier"
    case "No space left on device": return "plus de place sur le disque"
    case "Read-only file system": return "système de fichiers en lecture seule"
    case "File name too long": return "nom de fichier trop long"
    case "Too many levels of symbolic links": return "trop de liens symboliques"
    case "Input/output error": return "erreur d'entrée-sortie"
    case "Bad file descriptor": return "descripteur de fichier invalide (entrée ou sortie fermée ?)"
    case "Broken pipe": return "tube fermé par le programme qui lisait"
    case "File exists": return "le fichier existe déjà"
    case "Disk quota exceeded": return "quota de disque dépassé"
    case "File too large": return "fichier trop grand"
    case "No such device or address": return "aucun lecteur à l'autre bout (tube nommé sans lecteur ?)"
    case "Operation not permitted": return "opération non permise"
    case AtomicFileWriter.notWritableKind:
      return "ni un fichier, ni un tube nommé, ni un périphérique caractère : pixready n'y écrit pas"
    default: return reason
    }
  }
}
