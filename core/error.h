#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace Stethoscope::Core {

// The one error type of the project. `message` is written for the employee or IT and may be
// shown as is; `detail` is for the log and must never carry a secret.
struct Error
{
    enum class Category
    {
        Network,
        Tls,
        Auth,
        RateLimited,
        Parse,
        Backend,
        Config
    };

    Category category = Category::Backend;
    QString message;
    QString detail;

    static Error parse(QString message, QString detail = {})
    {
        return {Category::Parse, std::move(message), std::move(detail)};
    }
    static Error config(QString message, QString detail = {})
    {
        return {Category::Config, std::move(message), std::move(detail)};
    }
};

QString categoryName(Error::Category category);

// A value or an error. A small stand-in for std::expected, which the project's oldest
// toolchain (GCC 12 in C++20 mode) lacks.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    { }
    Result(Error error)
        : m_state(std::in_place_index<1>, std::move(error))
    { }

    bool hasValue() const { return m_state.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

} // namespace Stethoscope::Core
