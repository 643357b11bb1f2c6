#pragma once

namespace profrost {

// The version of a stored record at the moment it was read (store/
// RowVersion: optimistic locking). It says which write the reader saw, not
// what the record holds, so it never makes two records unequal: records
// compare by content whatever their versions. 0: not read from the store
// (a new record, a row of an import), written without the check.
struct ReadVersion
{
    int value = 0;
    bool operator==(const ReadVersion &) const { return true; }
};

} // namespace profrost
