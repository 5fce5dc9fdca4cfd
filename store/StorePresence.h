#pragma once

#include <QString>

namespace ContactDesk::Store {

// Which programs have a store file open. Each ContactStore holds a shared
// lock (flock) on `<file>.open` while it has the file open; it holds it
// exclusively while it opens, when no other program has the file. A rescue
// (StoreRescue: the damaged file moved aside, a fresh one made) may only
// happen then: another program with the file open would go on writing
// into the moved file, and its edits would not be carried. The system
// drops a killed program's lock. On systems without flock every open
// counts as alone.
class StorePresence
{
public:
    StorePresence() = default;
    StorePresence(const StorePresence &) = delete;
    StorePresence &operator=(const StorePresence &) = delete;
    ~StorePresence() { leave(); }

    // Enters the file: true when no other program had it open (this one
    // then holds it exclusively until opened()). Waits while another
    // program opens it.
    bool enter(const QString &storeFile);
    // The open is over: others may open the file beside this one.
    void opened();
    void leave();
    bool alone() const { return m_alone; }

private:
    int m_fd = -1;
    bool m_alone = false;
};

} // namespace ContactDesk::Store
