using System.Linq.Expressions;
using Hartline.Features.Cases;

namespace Hartline.Security;

/// <summary>The ids a scope predicate depends on: the only part that changes between users of one role shape.</summary>
public sealed record ScopeIds(Guid Agency, Guid User);

/// <summary>
/// The scope rule of one role combination, built and compiled once: the expression (for queries) takes
/// the user's ids as a second parameter, the compiled delegate serves the per-record handler.
/// </summary>
internal sealed record ScopeShape(ScopeLevel Level, Expression<Func<Case, ScopeIds, bool>> Template, Func<Case, ScopeIds, bool> Compiled)
{
    public static readonly ScopeShape All = new(ScopeLevel.All, null!, null!);

    /// <summary>
    /// The template with the ids in place of its second parameter. They go in as a constant object's
    /// members, which EF turns into query parameters (as it does for a closure), so the SQL, and EF's
    /// cached plan, are the same for every user of the shape.
    /// </summary>
    public static Expression<Func<Case, bool>> Bind(Expression<Func<Case, ScopeIds, bool>> template, ScopeIds ids)
    {
        var body = new Replace(template.Parameters[1], Expression.Constant(ids)).Visit(template.Body);
        return Expression.Lambda<Func<Case, bool>>(body, template.Parameters[0]);
    }

    private sealed class Replace(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
