import PixReadyCore

/// SIECLE students with the keys the roster cross-check compares, worked out once: spelling keys of
/// their names and division, their birthdate as an ISO date, and the students by name.
///
/// The cross-check compares every roster row with the export; working the keys out once per
/// student instead of once per comparison keeps it as fast as reading the roster.
struct SiecleNameIndex: Sendable {
  /// The keys of one student.
  struct Keys: Sendable {
    /// `Spelling.key` of the last name.
    var lastName: String
    /// `Spelling.key` of the usual last name (`NOM_USAGE`).
    var usualLastName: String
    /// `Spelling.key` of the first name.
    var firstName: String
    /// `Spelling.key` of every first name, separated by spaces.
    var allFirstNames: String
    /// `Spelling.key` of the division.
    var division: String
    /// The birthdate as an ISO date, `nil` when it is not a date.
    var birthdate: String?
  }

  /// The students, in export order.
  let students: [SiecleStudent]
  /// Their keys, by the same index.
  let keys: [Keys]
  /// A last and a first name key, as a roster row may write them.
  struct Name: Hashable, Sendable {
    var lastName: String
    var firstName: String
  }

  /// The students by each name a roster may give them (last or usual last name, first name or
  /// all first names), in export order.
  private let byName: [Name: [Int]]
  /// The last and usual last name keys of the students.
  let lastNames: Set<String>

  /// Works out the keys of `students`.
  init(_ students: [SiecleStudent]) {
    self.students = students
    keys = students.map { student in
      Keys(
        lastName: Spelling.key(student.lastName), usualLastName: Spelling.key(student.usualLastName),
        firstName: Spelling.key(student.firstName),
        allFirstNames: Spelling.key(([student.firstName] + student.otherFirstNames).joined(separator: " ")),
        division: Spelling.key(student.division), birthdate: SiecleDate.isoDate(student.birthdate))
    }
    var byName: [Name: [Int]] = [:]
    for (index, key) in keys.enumerated() {
      var names: Set<Name> = []
      for lastName in [key.lastName, key.usualLastName] where !lastName.isEmpty {
        for firstName in [key.firstName, key.allFirstNames] where !firstName.isEmpty {
          names.insert(Name(lastName: lastName, firstName: firstName))
        }
      }
      for name in names { byName[name, default: []].append(index) }
    }
    self.byName = byName
    lastNames = Set(byName.keys.map(\.lastName))
  }

  /// Every name a roster may give a student.
  var names: Dictionary<Name, [Int]>.Keys { byName.keys }

  /// Whether some student has this last name key as last or usual last name.
  func knows(lastName: String) -> Bool {
    lastNames.contains(lastName)
  }

  /// Whether a roster's last name key is the student's last or usual last name; an empty key
  /// matches anything, as a roster may carry only some columns.
  func sameLastName(_ key: String, _ index: Int) -> Bool {
    key.isEmpty || key == keys[index].lastName || key == keys[index].usualLastName
  }

  /// Whether a roster's first name key is the student's first name, or all their first names.
  func sameFirstName(_ key: String, _ index: Int) -> Bool {
    key.isEmpty || key == keys[index].firstName || key == keys[index].allFirstNames
  }

  /// The students with these (non-empty) last and first name keys, in export order.
  func named(lastName: String, firstName: String) -> [Int] {
    byName[Name(lastName: lastName, firstName: firstName)] ?? []
  }
}
